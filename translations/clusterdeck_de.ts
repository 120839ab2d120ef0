<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>show the version and where data is kept [--json]</source>
        <translation>Version und Ablageort der Daten anzeigen [--json]</translation>
    </message>
    <message>
        <source>Usage: clusterdeck-cli [GLOBAL OPTIONS] COMMAND [ARGS]

Commands:
</source>
        <translation>Aufruf: clusterdeck-cli [GLOBALE OPTIONEN] BEFEHL [ARGUMENTE]

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options (before or after COMMAND):
</source>
        <translation>
Globale Optionen (vor oder nach BEFEHL):
</translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 the operation failed, 2 usage or input error.
</source>
        <translation>
Rückgabewert: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 Aufruf- oder Eingabefehler.
</translation>
    </message>
    <message>
        <source>No command given.
</source>
        <translation>Kein Befehl angegeben.
</translation>
    </message>
    <message>
        <source>Unknown command '%1'.
</source>
        <translation>Unbekannter Befehl „%1“.
</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir braucht ein Verzeichnis.</translation>
    </message>
    <message>
        <source>  --data-dir DIR   keep clusters, keys and settings in DIR
                   (default: %1)
  -v, --verbose    more output; repeat for wire traces
  -h, --help       show this help
  --version        show the version
</source>
        <translation>  --data-dir DIR   Cluster, Schlüssel und Einstellungen in DIR ablegen
                   (Vorgabe: %1)
  -v, --verbose    mehr Ausgaben; wiederholen für Protokoll-Mitschnitte
  -h, --help       diese Hilfe anzeigen
  --version        die Version anzeigen
</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Usage: clusterdeck [OPTIONS]

Options:
</source>
        <translation>Aufruf: clusterdeck [OPTIONEN]

Optionen:
</translation>
    </message>
    <message>
        <source>  --screenshot FILE  save a PNG of the main window once it is shown, then quit
</source>
        <translation>  --screenshot DATEI  das Hauptfenster nach dem Anzeigen als PNG speichern und beenden
</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown argument '%1'.</source>
        <translation>Unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>ClusterDeck</source>
        <translation>ClusterDeck</translation>
    </message>
</context>
<context>
    <name>cd::DataDir</name>
    <message>
        <source>No data directory could be determined; pass --data-dir DIR.</source>
        <translation>Es konnte kein Datenverzeichnis bestimmt werden; bitte --data-dir DIR angeben.</translation>
    </message>
    <message>
        <source>The data directory %1 exists but is not a directory.</source>
        <translation>Das Datenverzeichnis %1 existiert, ist aber kein Verzeichnis.</translation>
    </message>
    <message>
        <source>The data directory %1 could not be created.</source>
        <translation>Das Datenverzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable.</source>
        <translation>Das Datenverzeichnis %1 ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>cd::EmptyStateWidget</name>
    <message>
        <source>No clusters yet</source>
        <translation>Noch keine Cluster</translation>
    </message>
    <message>
        <source>Create a cluster on a cloud or on machines you already have, or bring your ElastiCluster configuration along.</source>
        <translation>Legen Sie einen Cluster in einer Cloud oder auf vorhandenen Rechnern an, oder bringen Sie Ihre ElastiCluster-Konfiguration mit.</translation>
    </message>
</context>
<context>
    <name>cd::InfoCommand</name>
    <message>
        <source>info: unknown argument '%1'.</source>
        <translation>info: unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>ClusterDeck %1</source>
        <translation>ClusterDeck %1</translation>
    </message>
    <message>
        <source>Data directory:  %1</source>
        <translation>Datenverzeichnis: %1</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Datenbank:       %1</translation>
    </message>
    <message>
        <source>Settings:        %1</source>
        <translation>Einstellungen:   %1</translation>
    </message>
    <message>
        <source>Known hosts:     %1</source>
        <translation>Known hosts:     %1</translation>
    </message>
    <message>
        <source>Ansible runs:    %1</source>
        <translation>Ansible-Läufe:   %1</translation>
    </message>
</context>
<context>
    <name>cd::LogView</name>
    <message>
        <source>Messages from ClusterDeck and its running jobs</source>
        <translation>Meldungen von ClusterDeck und seinen laufenden Aufträgen</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>Not available in this version yet.</source>
        <translation>In dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>ClusterDeck</source>
        <translation>ClusterDeck</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Where ClusterDeck remembers your clusters</source>
        <translation>Wo ClusterDeck Ihre Cluster speichert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>ClusterDeck %1 started; data in %2</source>
        <translation>ClusterDeck %1 gestartet; Daten in %2</translation>
    </message>
    <message>
        <source>&amp;Create cluster…</source>
        <translation>Cluster &amp;anlegen…</translation>
    </message>
    <message>
        <source>Create a new cluster (%1)</source>
        <translation>Einen neuen Cluster anlegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Import ElastiCluster config…</source>
        <translation>ElastiCluster-Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <source>Import clusters, clouds and logins from an ElastiCluster config file (%1)</source>
        <translation>Cluster, Clouds und Anmeldungen aus einer ElastiCluster-Konfigurationsdatei importieren (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the cloud for the state of every node (%1)</source>
        <translation>Den Zustand aller Knoten bei der Cloud abfragen (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About ClusterDeck</source>
        <translation>&amp;Über ClusterDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Your clusters</source>
        <translation>Ihre Cluster</translation>
    </message>
    <message>
        <source>Select a cluster to see its nodes.</source>
        <translation>Wählen Sie einen Cluster, um seine Knoten zu sehen.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Show or hide the log</source>
        <translation>Protokoll ein- oder ausblenden</translation>
    </message>
    <message>
        <source>About ClusterDeck</source>
        <translation>Über ClusterDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClusterDeck %1&lt;/h3&gt;&lt;p&gt;Create compute clusters on EC2, OpenStack, Google Compute Engine or on machines you already have, configure them with Ansible and work on them from one window.&lt;/p&gt;&lt;p&gt;Data directory: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClusterDeck %1&lt;/h3&gt;&lt;p&gt;Rechencluster auf EC2, OpenStack, Google Compute Engine oder vorhandenen Rechnern anlegen, mit Ansible einrichten und aus einem Fenster heraus bedienen.&lt;/p&gt;&lt;p&gt;Datenverzeichnis: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cd::MemorySecretStore</name>
    <message>
        <source>No such entry: %1</source>
        <translation>Kein solcher Eintrag: %1</translation>
    </message>
</context>
<context>
    <name>cd::SecretStore</name>
    <message>
        <source>The secret was not found in the keychain.</source>
        <translation>Das Geheimnis wurde im Schlüsselbund nicht gefunden.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: %1</translation>
    </message>
    <message>
        <source>No keychain is available (is a Secret Service such as gnome-keyring or KWallet running?): %1</source>
        <translation>Kein Schlüsselbund verfügbar (läuft ein Secret Service wie gnome-keyring oder KWallet?): %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
</context>
</TS>
