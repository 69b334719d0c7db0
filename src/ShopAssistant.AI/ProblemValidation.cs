using Microsoft.Extensions.Options;

namespace ShopAssistant.AI;

/// <summary>Options validation that reports the exact key and rule a bad value breaks (the options say it themselves).</summary>
internal sealed class ProblemValidation<T>(Func<T, string?> problem) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        problem(options) is { } why ? ValidateOptionsResult.Fail(why) : ValidateOptionsResult.Success;
}
