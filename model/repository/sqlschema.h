#pragma once

#include <QStringList>

namespace cd::sqlschema {

// The statements that take the schema from version N-1 to N; index 0 builds version 1.
// Append only: a released step is never edited, a change is a new step.
inline QList<QStringList> migrations()
{
    return {
        // 1: the first schema.
        {
            QStringLiteral("CREATE TABLE config_objects (kind TEXT NOT NULL, name TEXT NOT NULL, "
                           "data TEXT NOT NULL, updated TEXT, PRIMARY KEY (kind, name))"),
            QStringLiteral("CREATE TABLE clusters (id INTEGER PRIMARY KEY, name TEXT NOT NULL "
                           "UNIQUE, template TEXT, spec TEXT NOT NULL, cloud TEXT, login TEXT, "
                           "setup TEXT, state TEXT NOT NULL, created TEXT, updated TEXT)"),
            QStringLiteral("CREATE TABLE nodes (id INTEGER PRIMARY KEY, cluster_id INTEGER NOT "
                           "NULL REFERENCES clusters(id) ON DELETE CASCADE, name TEXT NOT NULL, "
                           "kind TEXT NOT NULL, idx INTEGER NOT NULL, instance_id TEXT, "
                           "public_ip TEXT, private_ip TEXT, preferred_ip TEXT, flavor TEXT, "
                           "state TEXT NOT NULL, last_error TEXT, created TEXT, "
                           "state_changed TEXT, UNIQUE (cluster_id, name))"),
            QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, time TEXT NOT NULL, "
                           "cluster TEXT NOT NULL, node TEXT, level TEXT NOT NULL, "
                           "text TEXT NOT NULL)"),
        },
        // 2: nodes remember their image; the event log is read per cluster, newest first.
        {
            QStringLiteral("ALTER TABLE nodes ADD COLUMN image TEXT"),
            QStringLiteral("CREATE INDEX events_by_cluster ON events (cluster, id)"),
            QStringLiteral("CREATE INDEX nodes_by_instance ON nodes (instance_id)"),
        },
    };
}

} // namespace cd::sqlschema
