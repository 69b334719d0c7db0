using Dapper;
using Microsoft.Data.Sqlite;

namespace ShopAssistant.Data.Sqlite;

/// <summary>
/// Versioned schema: each step runs once, in order, inside a transaction, and bumps PRAGMA user_version.
/// Append new steps; never edit a step that has shipped.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly string[] Steps =
    [
        // 1: bot state, transcripts, event log
        """
        CREATE TABLE bot_state (
            key        TEXT PRIMARY KEY,
            json       TEXT NOT NULL,
            etag       TEXT NOT NULL,
            updated_ms INTEGER NOT NULL
        );
        CREATE TABLE transcript (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            type            TEXT NOT NULL,
            activity_id     TEXT,
            from_id         TEXT,
            from_role       TEXT,
            text            TEXT,
            activity_json   TEXT NOT NULL,
            at_ms           INTEGER NOT NULL
        );
        CREATE INDEX ix_transcript_conversation ON transcript (conversation_id, id);
        CREATE TABLE event (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            at_ms           INTEGER NOT NULL,
            kind            TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            shopper_id      TEXT,
            intent          TEXT,
            data_json       TEXT
        );
        CREATE INDEX ix_event_at ON event (at_ms);
        CREATE INDEX ix_event_conversation ON event (conversation_id);
        """,
        // 2: human handoffs and agents' internal notes
        """
        CREATE TABLE handoff (
            id                 INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id    TEXT NOT NULL,
            shopper_id         TEXT NOT NULL,
            channel_id         TEXT NOT NULL,
            reference_json     TEXT NOT NULL,
            reason             TEXT NOT NULL,
            priority           INTEGER NOT NULL,
            language           TEXT NOT NULL,
            summary            TEXT NOT NULL,
            after_hours        INTEGER NOT NULL,
            status             TEXT NOT NULL,
            agent              TEXT,
            disposition        TEXT,
            created_ms         INTEGER NOT NULL,
            claimed_ms         INTEGER,
            first_reply_ms     INTEGER,
            closed_ms          INTEGER
        );
        CREATE INDEX ix_handoff_status ON handoff (status, priority, created_ms);
        CREATE INDEX ix_handoff_conversation ON handoff (conversation_id, status);
        CREATE TABLE handoff_note (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            handoff_id INTEGER NOT NULL REFERENCES handoff (id),
            agent      TEXT NOT NULL,
            text       TEXT NOT NULL,
            at_ms      INTEGER NOT NULL
        );
        """,
        // 3: incidents a manager declares (handbook E1)
        """
        CREATE TABLE incident (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            scope       TEXT NOT NULL,
            text_zh     TEXT NOT NULL,
            text_en     TEXT NOT NULL,
            starts_ms   INTEGER NOT NULL,
            ends_ms     INTEGER NOT NULL,
            declared_by TEXT NOT NULL
        );
        CREATE INDEX ix_incident_ends ON incident (ends_ms);
        """,
        // 4: service-flow verdicts of the language model, one per conversation, for the transcript length it judged
        """
        CREATE TABLE flow_verdict (
            conversation_id    TEXT PRIMARY KEY,
            transcript_entries INTEGER NOT NULL,
            judge              TEXT NOT NULL,
            score_json         TEXT NOT NULL,
            judged_ms          INTEGER NOT NULL
        );
        """,
        // 5: staff sign-in sessions checked on every request (so sign-out and removal end a cookie at once), and the
        // indexes a shopper's export/erasure (by shopper id) and the transcript retention purge (by age) look rows up by
        """
        CREATE TABLE staff_session (
            id            TEXT PRIMARY KEY,
            user_name     TEXT NOT NULL,
            role          TEXT NOT NULL,
            account_stamp TEXT NOT NULL,
            created_ms    INTEGER NOT NULL,
            expires_ms    INTEGER NOT NULL
        );
        CREATE INDEX ix_staff_session_user ON staff_session (user_name);
        CREATE INDEX ix_transcript_at ON transcript (at_ms);
        CREATE INDEX ix_transcript_from ON transcript (from_id);
        CREATE INDEX ix_event_shopper ON event (shopper_id);
        CREATE INDEX ix_handoff_shopper ON handoff (shopper_id);
        """,
        // 6: trust boundaries. Failed order verifications count across conversations (per order and per client) and
        // lock for a while; each conversation has one owner (channel, shopper, verified customer); a handoff remembers
        // the verified customer whose orders agents may see; inbound activities are found by id to answer them once.
        """
        CREATE TABLE verification_failure (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            order_no   INTEGER NOT NULL,
            client_key TEXT NOT NULL,
            at_ms      INTEGER NOT NULL
        );
        CREATE INDEX ix_verification_failure_order ON verification_failure (order_no, at_ms);
        CREATE INDEX ix_verification_failure_client ON verification_failure (client_key, at_ms);
        CREATE TABLE verification_lock (
            subject  TEXT PRIMARY KEY,
            until_ms INTEGER NOT NULL
        );
        CREATE TABLE conversation_owner (
            conversation_key TEXT PRIMARY KEY,
            channel_id       TEXT NOT NULL,
            shopper_id       TEXT NOT NULL,
            customer_id      INTEGER,
            created_ms       INTEGER NOT NULL
        );
        ALTER TABLE handoff ADD COLUMN customer_id INTEGER;
        CREATE INDEX ix_transcript_inbound_activity ON transcript (conversation_id, activity_id) WHERE direction = 'in';
        """,
        // 7: photos shoppers send (issue 14): kept with their conversation, erased and purged with it
        """
        CREATE TABLE photo (
            id              TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            shopper_id      TEXT NOT NULL,
            content_type    TEXT NOT NULL,
            size_bytes      INTEGER NOT NULL,
            bytes           BLOB NOT NULL,
            ordinal         INTEGER NOT NULL,
            at_ms           INTEGER NOT NULL
        );
        CREATE INDEX ix_photo_conversation ON photo (conversation_id, ordinal);
        CREATE INDEX ix_photo_at ON photo (at_ms);
        """,
    ];

    public static int Latest => Steps.Length;

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken ct)
    {
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        // Two processes (or two instances in one) may open a new file at once: each step reads the version inside its own
        // write transaction (BEGIN IMMEDIATE), so the second waits for the first and finds the step done, instead of
        // creating the same table again ("table bot_state already exists", seen in CI).
        while (true)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var step = await connection.ExecuteScalarAsync<int>("PRAGMA user_version;", transaction: tx);
            if (step >= Steps.Length) break;
            await connection.ExecuteAsync(Steps[step], transaction: tx);
            await connection.ExecuteAsync($"PRAGMA user_version = {step + 1};", transaction: tx);
            await tx.CommitAsync(ct);
        }
    }
}
