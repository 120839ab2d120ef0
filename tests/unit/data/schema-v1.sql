-- A ClusterDeck database at schema version 1, as the first release wrote it.
-- tst_sqlclusterrepository opens it and expects a forward migration that keeps every row.
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE config_objects (kind TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL, updated TEXT, PRIMARY KEY (kind, name));
CREATE TABLE clusters (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, template TEXT, spec TEXT NOT NULL, cloud TEXT, login TEXT, setup TEXT, state TEXT NOT NULL, created TEXT, updated TEXT);
CREATE TABLE nodes (id INTEGER PRIMARY KEY, cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE, name TEXT NOT NULL, kind TEXT NOT NULL, idx INTEGER NOT NULL, instance_id TEXT, public_ip TEXT, private_ip TEXT, preferred_ip TEXT, flavor TEXT, state TEXT NOT NULL, last_error TEXT, created TEXT, state_changed TEXT, UNIQUE (cluster_id, name));
CREATE TABLE events (id INTEGER PRIMARY KEY, time TEXT NOT NULL, cluster TEXT NOT NULL, node TEXT, level TEXT NOT NULL, text TEXT NOT NULL);
INSERT INTO config_objects VALUES ('account', 'hobbes', '{"name":"hobbes","type":"ec2","provider":"ec2_boto","endpoint":"https://ec2.us-east-1.amazonaws.com","region":"us-east-1","secret_refs":{"ec2_secret_key":"account/hobbes/ec2_secret_key"}}', '2026-01-02T03:04:05.000Z');
INSERT INTO config_objects VALUES ('template', 'slurm', '{"name":"slurm","cloud":"hobbes","login":"ubuntu","setup":"slurm","kinds":[{"name":"frontend","count":1,"min_count":1},{"name":"compute","count":2,"min_count":1}]}', '2026-01-02T03:04:05.000Z');
INSERT INTO clusters VALUES (1, 'research', 'slurm', '{"name":"slurm","kinds":[{"name":"frontend","count":1,"min_count":1},{"name":"compute","count":2,"min_count":1}]}', 'hobbes', 'ubuntu', 'slurm', 'ready', '2026-01-02T03:04:05.000Z', '2026-01-02T03:14:05.000Z');
INSERT INTO nodes VALUES (1, 1, 'frontend001', 'frontend', 1, 'i-0123456789abcdef0', '198.51.100.7', '203.0.113.7', '198.51.100.7', 't3.small', 'ready', NULL, '2026-01-02T03:04:06.000Z', '2026-01-02T03:10:00.000Z');
INSERT INTO nodes VALUES (2, 1, 'compute001', 'compute', 1, 'i-0123456789abcdef1', NULL, '203.0.113.8', '203.0.113.8', 't3.large', 'ready', NULL, '2026-01-02T03:04:06.000Z', '2026-01-02T03:10:00.000Z');
INSERT INTO events VALUES (1, '2026-01-02T03:04:05.000Z', 'research', NULL, 'info', 'Cluster created from template slurm');
INSERT INTO events VALUES (2, '2026-01-02T03:10:00.000Z', 'research', 'compute001', 'info', 'Node is ready');
