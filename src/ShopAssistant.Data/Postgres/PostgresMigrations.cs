using Dapper;
using Npgsql;

namespace ShopAssistant.Data.Postgres;

/// <summary>
/// Versioned schema for PostgreSQL, parallel to the SQLite steps (same tables and columns; times are Unix milliseconds
/// in BIGINT). Each step runs once, in order; the version is a row in schema_version. Append new steps; never edit one
/// that has shipped. Step numbers are PostgreSQL's own: step 1 is the SQLite schema as of its step 6.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>Any fixed number: the advisory lock that makes instances starting together migrate one after another.</summary>
    private const long MigrationLock = 0x5A_0001;

    private static readonly string[] Steps =
    [
        // 1: bot state, transcripts, events, handoffs and notes, incidents, flow verdicts, staff sessions, trust
        """
        CREATE TABLE bot_state (
            key        TEXT PRIMARY KEY,
            json       TEXT NOT NULL,
            etag       TEXT NOT NULL,
            updated_ms BIGINT NOT NULL
        );
        CREATE TABLE transcript (
            id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            type            TEXT NOT NULL,
            activity_id     TEXT,
            from_id         TEXT,
            from_role       TEXT,
            text            TEXT,
            activity_json   TEXT NOT NULL,
            at_ms           BIGINT NOT NULL
        );
        CREATE INDEX ix_transcript_conversation ON transcript (conversation_id, id);
        CREATE INDEX ix_transcript_at ON transcript (at_ms);
        CREATE INDEX ix_transcript_from ON transcript (from_id);
        CREATE INDEX ix_transcript_inbound_activity ON transcript (conversation_id, activity_id) WHERE direction = 'in';
        CREATE TABLE event (
            id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at_ms           BIGINT NOT NULL,
            kind            TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            shopper_id      TEXT,
            intent          TEXT,
            data_json       TEXT
        );
        CREATE INDEX ix_event_at ON event (at_ms);
        CREATE INDEX ix_event_conversation ON event (conversation_id);
        CREATE INDEX ix_event_shopper ON event (shopper_id);
        CREATE TABLE handoff (
            id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id    TEXT NOT NULL,
            shopper_id         TEXT NOT NULL,
            channel_id         TEXT NOT NULL,
            reference_json     TEXT NOT NULL,
            reason             TEXT NOT NULL,
            priority           BIGINT NOT NULL,
            language           TEXT NOT NULL,
            summary            TEXT NOT NULL,
            after_hours        BOOLEAN NOT NULL,
            status             TEXT NOT NULL,
            agent              TEXT,
            disposition        TEXT,
            created_ms         BIGINT NOT NULL,
            claimed_ms         BIGINT,
            first_reply_ms     BIGINT,
            closed_ms          BIGINT,
            customer_id        BIGINT
        );
        CREATE INDEX ix_handoff_status ON handoff (status, priority, created_ms);
        CREATE INDEX ix_handoff_conversation ON handoff (conversation_id, status);
        CREATE INDEX ix_handoff_shopper ON handoff (shopper_id);
        CREATE TABLE handoff_note (
            id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            handoff_id BIGINT NOT NULL REFERENCES handoff (id),
            agent      TEXT NOT NULL,
            text       TEXT NOT NULL,
            at_ms      BIGINT NOT NULL
        );
        CREATE INDEX ix_handoff_note_handoff ON handoff_note (handoff_id);
        CREATE TABLE incident (
            id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            scope       TEXT NOT NULL,
            text_zh     TEXT NOT NULL,
            text_en     TEXT NOT NULL,
            starts_ms   BIGINT NOT NULL,
            ends_ms     BIGINT NOT NULL,
            declared_by TEXT NOT NULL
        );
        CREATE INDEX ix_incident_ends ON incident (ends_ms);
        CREATE TABLE flow_verdict (
            conversation_id    TEXT PRIMARY KEY,
            transcript_entries BIGINT NOT NULL,
            judge              TEXT NOT NULL,
            score_json         TEXT NOT NULL,
            judged_ms          BIGINT NOT NULL
        );
        CREATE TABLE staff_session (
            id            TEXT PRIMARY KEY,
            user_name     TEXT NOT NULL,
            role          TEXT NOT NULL,
            account_stamp TEXT NOT NULL,
            created_ms    BIGINT NOT NULL,
            expires_ms    BIGINT NOT NULL
        );
        CREATE INDEX ix_staff_session_user ON staff_session (user_name);
        CREATE TABLE verification_failure (
            id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            order_no   BIGINT NOT NULL,
            client_key TEXT NOT NULL,
            at_ms      BIGINT NOT NULL
        );
        CREATE INDEX ix_verification_failure_order ON verification_failure (order_no, at_ms);
        CREATE INDEX ix_verification_failure_client ON verification_failure (client_key, at_ms);
        CREATE TABLE verification_lock (
            subject  TEXT PRIMARY KEY,
            until_ms BIGINT NOT NULL
        );
        CREATE TABLE conversation_owner (
            conversation_key TEXT PRIMARY KEY,
            channel_id       TEXT NOT NULL,
            shopper_id       TEXT NOT NULL,
            customer_id      BIGINT,
            created_ms       BIGINT NOT NULL
        );
        """,
        // 2: secrets every instance must share (the staff account-stamp key, which a single instance keeps in its data folder)
        """
        CREATE TABLE shared_secret (
            name  TEXT PRIMARY KEY,
            value BYTEA NOT NULL
        );
        """,
        // 3: photos shoppers send (issue 14), in the shared database so that every instance serves them
        """
        CREATE TABLE photo (
            id              TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            shopper_id      TEXT NOT NULL,
            content_type    TEXT NOT NULL,
            size_bytes      BIGINT NOT NULL,
            bytes           BYTEA NOT NULL,
            ordinal         INTEGER NOT NULL,
            at_ms           BIGINT NOT NULL
        );
        CREATE INDEX ix_photo_conversation ON photo (conversation_id, ordinal);
        CREATE INDEX ix_photo_at ON photo (at_ms);
        """,
    ];

    public static int Latest => Steps.Length;

    public static async Task ApplyAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        // Held until commit: a second instance waits here, then finds the steps applied (even CREATE TABLE IF NOT EXISTS
        // races when two sessions run it at once).
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, tx);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction: tx);
        var version = await connection.ExecuteScalarAsync<int?>("SELECT max(version) FROM schema_version", transaction: tx) ?? 0;
        for (var step = version; step < Steps.Length; step++)
        {
            await connection.ExecuteAsync(Steps[step], transaction: tx);
            await connection.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@v)", new { v = step + 1 }, tx);
        }
        await tx.CommitAsync(ct);
    }
}
