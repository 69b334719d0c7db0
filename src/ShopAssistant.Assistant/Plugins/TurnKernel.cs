using Microsoft.SemanticKernel;
using ShopAssistant.Assistant.Orchestration;

namespace ShopAssistant.Assistant.Plugins;

/// <summary>
/// The kernel is built once; each turn runs on a cheap clone that carries the turn in Kernel.Data. Plugins read the
/// shopper's id and memory from there, so a model can never choose whose data a function sees.
/// </summary>
internal static class TurnKernel
{
    public static Kernel For(Kernel shared, ServiceTurn turn)
    {
        var clone = shared.Clone();
        clone.Data[ServiceTurn.KernelDataKey] = turn;
        return clone;
    }

    public static ServiceTurn TurnOf(Kernel kernel) =>
        kernel.Data.TryGetValue(ServiceTurn.KernelDataKey, out var value) && value is ServiceTurn turn
            ? turn
            : throw new InvalidOperationException("Shop plugins run only inside a shopper's turn.");
}
