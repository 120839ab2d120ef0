<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountFields</name>
    <message>
        <source>Not an http(s) URL.</source>
        <translation>Keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Amazon EC2 (or compatible)</source>
        <translation>Amazon EC2 (oder kompatibel)</translation>
    </message>
    <message>
        <source>Instances are started with the EC2 API. The secret key goes to the keychain.</source>
        <translation>Instanzen werden über die EC2-API gestartet. Der geheime Schlüssel kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>The region the instances run in, e.g. eu-west-1</source>
        <translation>Die Region, in der die Instanzen laufen, z. B. eu-west-1</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>End&amp;punkt:</translation>
    </message>
    <message>
        <source>The EC2 API URL; empty for AWS&apos;s own for the region</source>
        <translation>Die URL der EC2-API; leer für die von AWS für die Region</translation>
    </message>
    <message>
        <source>(AWS default)</source>
        <translation>(AWS-Vorgabe)</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>The access key ID of an IAM user (AKIA…)</source>
        <translation>Die Zugriffsschlüssel-ID eines IAM-Benutzers (AKIA…)</translation>
    </message>
    <message>
        <source>Se&amp;cret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in ClusterDeck&apos;s database</source>
        <translation>Wird im System-Schlüsselbund gespeichert, nie in der Datenbank von ClusterDeck</translation>
    </message>
    <message>
        <source>Existing machines</source>
        <translation>Vorhandene Rechner</translation>
    </message>
    <message>
        <source>Machines you already have; a cluster takes free ones from the list and gives them back when destroyed.</source>
        <translation>Rechner, die Sie bereits haben; ein Cluster nimmt sich freie aus der Liste und gibt sie beim Zerstören zurück.</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hosts:</translation>
    </message>
    <message>
        <source>Addresses, separated by commas or spaces, each with an optional :port</source>
        <translation>Adressen, getrennt durch Kommas oder Leerzeichen, jeweils mit optionalem :Port</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
    <message>
        <source>Servers are started with Nova through Keystone v3. The password goes to the keychain; OS_* variables fill only what is left empty.</source>
        <translation>Server werden mit Nova über Keystone v3 gestartet. Das Passwort kommt in den Schlüsselbund; OS_*-Variablen füllen nur aus, was leer bleibt.</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>&amp;Auth-URL:</translation>
    </message>
    <message>
        <source>The Keystone v3 endpoint, e.g. https://keystone.example.org:5000/v3</source>
        <translation>Der Keystone-v3-Endpunkt, z. B. https://keystone.example.org:5000/v3</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Your OpenStack user</source>
        <translation>Ihr OpenStack-Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>The project (tenant) the servers belong to</source>
        <translation>Das Projekt (Tenant), zu dem die Server gehören</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation>Benutzer&amp;domäne:</translation>
    </message>
    <message>
        <source>The user&apos;s domain; empty: Default</source>
        <translation>Die Domäne des Benutzers; leer: Default</translation>
    </message>
    <message>
        <source>The region in the service catalog; empty: the first one</source>
        <translation>Die Region im Dienstkatalog; leer: die erste</translation>
    </message>
    <message>
        <source>Google Compute Engine</source>
        <translation>Google Compute Engine</translation>
    </message>
    <message>
        <source>Instances are started with the Compute Engine API as a service account. Its JSON key goes to the keychain; without one, the application default credentials of gcloud are used.</source>
        <translation>Instanzen werden über die Compute-Engine-API als Dienstkonto gestartet. Dessen JSON-Schlüssel kommt in den Schlüsselbund; ohne einen werden die Application Default Credentials von gcloud verwendet.</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>The Google Cloud project the instances belong to</source>
        <translation>Das Google-Cloud-Projekt, zu dem die Instanzen gehören</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>The zone the instances run in</source>
        <translation>Die Zone, in der die Instanzen laufen</translation>
    </message>
    <message>
        <source>Service account &amp;key (JSON):</source>
        <translation>&amp;Dienstkontoschlüssel (JSON):</translation>
    </message>
    <message>
        <source>Paste the key file&apos;s content; stored in the system keychain only</source>
        <translation>Fügen Sie den Inhalt der Schlüsseldatei ein; wird nur im System-Schlüsselbund gespeichert</translation>
    </message>
</context>
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
        <source>Unknown command &apos;%1&apos;.
</source>
        <translation>Unbekannter Befehl „%1“.
</translation>
    </message>
    <message>
        <source>add|list|remove|test cloud accounts and pools of existing machines</source>
        <translation>Cloud-Konten und Pools vorhandener Rechner hinzufügen|auflisten|entfernen|testen</translation>
    </message>
    <message>
        <source>import ElastiCluster config files (clouds, logins, setups, templates)</source>
        <translation>ElastiCluster-Konfigurationsdateien importieren (Clouds, Anmeldungen, Einrichtungen, Vorlagen)</translation>
    </message>
    <message>
        <source>create and start a cluster from TEMPLATE [--name N] [--nodes N:KIND,...]</source>
        <translation>einen Cluster aus TEMPLATE anlegen und starten [--name N] [--nodes N:KIND,...]</translation>
    </message>
    <message>
        <source>terminate CLUSTER&apos;s nodes and forget it [--yes]</source>
        <translation>die Knoten von CLUSTER beenden und ihn vergessen [--yes]</translation>
    </message>
    <message>
        <source>the same as stop</source>
        <translation>dasselbe wie stop</translation>
    </message>
    <message>
        <source>add or remove nodes of CLUSTER [--add N:KIND]... [--remove N:KIND]... [--remove-node NAME]... [--yes]</source>
        <translation>Knoten von CLUSTER hinzufügen oder entfernen [--add N:KIND]... [--remove N:KIND]... [--remove-node NAME]... [--yes]</translation>
    </message>
    <message>
        <source>stop CLUSTER&apos;s instances without terminating [--yes]</source>
        <translation>die Instanzen von CLUSTER anhalten, ohne sie zu beenden [--yes]</translation>
    </message>
    <message>
        <source>start a paused CLUSTER&apos;s instances again</source>
        <translation>die Instanzen eines pausierten CLUSTER wieder starten</translation>
    </message>
    <message>
        <source>list clusters [--json]</source>
        <translation>Cluster auflisten [--json]</translation>
    </message>
    <message>
        <source>list the nodes of CLUSTER [--json] [--update]</source>
        <translation>die Knoten von CLUSTER auflisten [--json] [--update]</translation>
    </message>
    <message>
        <source>list cluster templates [--json] [GLOB...]</source>
        <translation>Cluster-Vorlagen auflisten [--json] [GLOB...]</translation>
    </message>
    <message>
        <source>write CLUSTER to a ZIP: -o FILE.zip [--overwrite] [--save-keys]</source>
        <translation>CLUSTER in eine ZIP-Datei schreiben: -o FILE.zip [--overwrite] [--save-keys]</translation>
    </message>
    <message>
        <source>add a cluster from an exported ZIP [--rename NAME]</source>
        <translation>einen Cluster aus einer exportierten ZIP-Datei hinzufügen [--rename NAME]</translation>
    </message>
    <message>
        <source>forget CLUSTER locally (refused while instances may run) [--force]</source>
        <translation>CLUSTER lokal vergessen (verweigert, solange Instanzen laufen könnten) [--force]</translation>
    </message>
    <message>
        <source>log in to a node of CLUSTER [--node NAME] [--dry-run] [-- CMD...]</source>
        <translation>sich an einem Knoten von CLUSTER anmelden [--node NAME] [--dry-run] [-- CMD...]</translation>
    </message>
    <message>
        <source>configure CLUSTER&apos;s reachable nodes (Ansible) [-- ANSIBLE-ARGS...]</source>
        <translation>die erreichbaren Knoten von CLUSTER einrichten (Ansible) [-- ANSIBLE-ARGS...]</translation>
    </message>
    <message>
        <source>find instances no cluster knows [--account NAME] [--adopt|--terminate] [--json]</source>
        <translation>Instanzen finden, die kein Cluster kennt [--account NAME] [--adopt|--terminate] [--json]</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>The cluster.</source>
        <translation>Der Cluster.</translation>
    </message>
    <message>
        <source>%1: give exactly one cluster name.</source>
        <translation>%1: Geben Sie genau einen Clusternamen an.</translation>
    </message>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>Cancelling; what was created is cleaned up (Ctrl+C again to quit at once, leaving it as it is).</source>
        <translation>Wird abgebrochen; was angelegt wurde, wird aufgeräumt (erneut Strg+C, um sofort zu beenden und alles so zu lassen).</translation>
    </message>
</context>
<context>
    <name>CloudError</name>
    <message>
        <source>The cloud refused the credentials</source>
        <translation>Die Cloud hat die Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>A cloud quota would be exceeded</source>
        <translation>Ein Cloud-Kontingent würde überschritten</translation>
    </message>
    <message>
        <source>The cloud does not know it</source>
        <translation>Die Cloud kennt es nicht</translation>
    </message>
    <message>
        <source>The cloud is throttling requests</source>
        <translation>Die Cloud drosselt Anfragen</translation>
    </message>
    <message>
        <source>The cloud could not be reached or failed</source>
        <translation>Die Cloud war nicht erreichbar oder ist gescheitert</translation>
    </message>
    <message>
        <source>The cloud rejected the request</source>
        <translation>Die Cloud hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The cloud&apos;s answer could not be understood</source>
        <translation>Die Antwort der Cloud war unverständlich</translation>
    </message>
</context>
<context>
    <name>CloudProvider</name>
    <message>
        <source>The %1 account “%2”: %3 must be a number from %4 to %5.</source>
        <translation>Das %1-Konto „%2“: %3 muss eine Zahl von %4 bis %5 sein.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused).</source>
        <translation>Unter %1 antwortet nichts (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The host of %1 is unknown.</source>
        <translation>Der Host von %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>No secure connection to %1: %2</source>
        <translation>Keine sichere Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>The answer from %1 is too large: %2</source>
        <translation>Die Antwort von %1 ist zu groß: %2</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot talk to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
</context>
<context>
    <name>CloudProviderFactory</name>
    <message>
        <source>ClusterDeck cannot start clusters on “%1” clouds (account “%2”).</source>
        <translation>ClusterDeck kann keine Cluster in „%1“-Clouds starten (Konto „%2“).</translation>
    </message>
    <message>
        <source>The account “%1” is not usable.</source>
        <translation>Das Konto „%1“ ist nicht verwendbar.</translation>
    </message>
</context>
<context>
    <name>ClusterArchive</name>
    <message>
        <source>%1 already exists; pass --overwrite to replace it.</source>
        <translation>%1 existiert bereits; geben Sie --overwrite an, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot create %1 (error %2).</source>
        <translation>%1 kann nicht angelegt werden (Fehler %2).</translation>
    </message>
    <message>
        <source>Writing %1 failed (disk full?).</source>
        <translation>Schreiben von %1 fehlgeschlagen (Datenträger voll?).</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot move the archive into place at %1.</source>
        <translation>Das Archiv kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive.</source>
        <translation>%1 ist kein lesbares ZIP-Archiv.</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation>%1 ist beschädigt: ein Eintrag kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the entry %2 is too large (%3 bytes).</source>
        <translation>%1: Der Eintrag %2 ist zu groß (%3 Bytes).</translation>
    </message>
    <message>
        <source>%1: the entry %2 cannot be opened.</source>
        <translation>%1: Der Eintrag %2 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1: the entry %2 is damaged or too large.</source>
        <translation>%1: Der Eintrag %2 ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>%1 is not a ClusterDeck export (no %2 inside).</source>
        <translation>%1 ist kein ClusterDeck-Export (kein %2 darin).</translation>
    </message>
    <message>
        <source>%1: %2 is not valid JSON: %3</source>
        <translation>%1: %2 ist kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1 was written in export format %2, which this version cannot read.</source>
        <translation>%1 wurde im Exportformat %2 geschrieben, das diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1: the cluster in the archive has no name.</source>
        <translation>%1: Der Cluster im Archiv hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>ClusterPlan</name>
    <message>
        <source>“%1” is not N:KIND (e.g. 4:compute).</source>
        <translation>„%1“ hat nicht die Form N:KIND (z. B. 4:compute).</translation>
    </message>
    <message>
        <source>No node counts given; write N:KIND[,N:KIND…].</source>
        <translation>Keine Knotenanzahlen angegeben; schreiben Sie N:KIND[,N:KIND…].</translation>
    </message>
    <message>
        <source>“%1” cannot name a cluster: use letters, digits and -, starting with a letter (at most 63).</source>
        <translation>„%1“ ist kein gültiger Clustername: Verwenden Sie Buchstaben, Ziffern und -, beginnend mit einem Buchstaben (höchstens 63).</translation>
    </message>
    <message>
        <source>The template “%1” cannot be started: %2</source>
        <translation>Die Vorlage „%1“ kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The template “%1” has no node kind “%2”.</source>
        <translation>Die Vorlage „%1“ hat keine Knotenart „%2“.</translation>
    </message>
    <message>
        <source>%1 nodes of kind “%2” is fewer than its minimum of %3.</source>
        <translation>%1 Knoten der Art „%2“ sind weniger als ihr Minimum von %3.</translation>
    </message>
    <message>
        <source>The cluster would have no nodes.</source>
        <translation>Der Cluster hätte keine Knoten.</translation>
    </message>
</context>
<context>
    <name>ClusterRecord</name>
    <message>
        <source>Could not record node states: %1</source>
        <translation>Knotenzustände konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The cloud reports the instance %1 (%2).</source>
        <translation>Die Cloud meldet die Instanz %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Ec2Provider</name>
    <message>
        <source>%1 failed with HTTP %2.</source>
        <translation>%1 fehlgeschlagen mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 and no EC2 error.</source>
        <translation>%1 beantwortete %2 mit HTTP %3 und ohne EC2-Fehler.</translation>
    </message>
    <message>
        <source>(gave up after %1 attempts)</source>
        <translation>(nach %1 Versuchen aufgegeben)</translation>
    </message>
</context>
<context>
    <name>ElastiClusterImporter</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was not read; this is not an ElastiCluster configuration file.</source>
        <translation>Die Datei ist größer als %1 MB und wurde nicht gelesen; dies ist keine ElastiCluster-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>Die Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>This is not a file; it was not read.</source>
        <translation>Dies ist keine Datei; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The configuration file does not exist.</source>
        <translation>Die Konfigurationsdatei existiert nicht.</translation>
    </message>
    <message>
        <source>[storage] was ignored: ClusterDeck keeps its clusters in its own data directory.</source>
        <translation>[storage] wurde ignoriert: ClusterDeck speichert seine Cluster in seinem eigenen Datenverzeichnis.</translation>
    </message>
    <message>
        <source>[%1] is not an ElastiCluster section (cloud/, login/, setup/, cluster/ or storage); it was ignored.</source>
        <translation>[%1] ist kein ElastiCluster-Abschnitt (cloud/, login/, setup/, cluster/ oder storage); er wurde ignoriert.</translation>
    </message>
    <message>
        <source>[%1] is not an ElastiCluster section; it was ignored. Did you mean [%2/…]?</source>
        <translation>[%1] ist kein ElastiCluster-Abschnitt; er wurde ignoriert. Meinten Sie [%2/…]?</translation>
    </message>
    <message>
        <source>[%1] is not a valid section name: expected [cluster/NAME] or [cluster/NAME/KIND]. The section was skipped.</source>
        <translation>[%1] ist kein gültiger Abschnittsname: erwartet wird [cluster/NAME] oder [cluster/NAME/KIND]. Der Abschnitt wurde übersprungen.</translation>
    </message>
    <message>
        <source>[%1] is not a valid section name: expected [%2/NAME]. The section was skipped.</source>
        <translation>[%1] ist kein gültiger Abschnittsname: erwartet wird [%2/NAME]. Der Abschnitt wurde übersprungen.</translation>
    </message>
    <message>
        <source>[%1] has no keys and was ignored.</source>
        <translation>[%1] hat keine Schlüssel und wurde ignoriert.</translation>
    </message>
    <message>
        <source>[%1] overrides a kind of [cluster/%2], which is not defined; it was ignored.</source>
        <translation>[%1] überschreibt eine Art von [cluster/%2], das nicht definiert ist; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text and was left out of the value of `%2`. Save the file as UTF-8.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text und wurde aus dem Wert von `%2` weggelassen. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text; it looks like a section header, so it and the keys up to the next section header were skipped. Save the file as UTF-8.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text; sie sieht wie ein Abschnittskopf aus, daher wurden sie und die Schlüssel bis zum nächsten Abschnittskopf übersprungen. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text and was skipped. Save the file as UTF-8.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text und wurde übersprungen. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 starts a section header but has no closing `]`: %2. The keys up to the next section header were skipped.</source>
        <translation>Zeile %1 beginnt einen Abschnittskopf, hat aber keine schließende `]`: %2. Die Schlüssel bis zum nächsten Abschnittskopf wurden übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 is a section header without a name. The keys up to the next section header were skipped.</source>
        <translation>Zeile %1 ist ein Abschnittskopf ohne Namen. Die Schlüssel bis zum nächsten Abschnittskopf wurden übersprungen.</translation>
    </message>
    <message>
        <source>The text after `]` in the header of [%1] was ignored: %2.</source>
        <translation>Der Text nach `]` im Kopf von [%1] wurde ignoriert: %2.</translation>
    </message>
    <message>
        <source>Section [%1] appears again (first at %2); its keys are merged into the first one, and a key set in both takes the later value.</source>
        <translation>Abschnitt [%1] kommt erneut vor (zuerst in %2); seine Schlüssel werden mit dem ersten zusammengeführt, und ein in beiden gesetzter Schlüssel erhält den späteren Wert.</translation>
    </message>
    <message>
        <source>Line %1 comes before any section header such as [cluster/NAME]; it and the lines up to the first section header were skipped.</source>
        <translation>Zeile %1 steht vor jedem Abschnittskopf wie [cluster/NAME]; sie und die Zeilen bis zum ersten Abschnittskopf wurden übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 in [%2] is neither `key = value`, a comment nor a section header, and was skipped: %3.</source>
        <translation>Zeile %1 in [%2] ist weder `key = value` noch ein Kommentar oder Abschnittskopf und wurde übersprungen: %3.</translation>
    </message>
    <message>
        <source>Line %1 in [%2] has no key before `%3` and was skipped.</source>
        <translation>Zeile %1 in [%2] hat keinen Schlüssel vor `%3` und wurde übersprungen.</translation>
    </message>
    <message>
        <source>[%1] sets `%2` again (first at %3); the later value is used.</source>
        <translation>[%1] setzt `%2` erneut (zuerst in %3); der spätere Wert wird verwendet.</translation>
    </message>
    <message>
        <source>`boot_disk_size` in [%1] must be a whole number of GB, not “%2”; it was ignored.</source>
        <translation>`boot_disk_size` in [%1] muss eine ganze Zahl von GB sein, nicht „%2“; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>`scheduling` in [%1] is “%2”; only “preemptible” is known. It was kept as a setting.</source>
        <translation>`scheduling` in [%1] ist „%2“; bekannt ist nur „preemptible“. Es wurde als Einstellung beibehalten.</translation>
    </message>
    <message>
        <source>`price` in [%1] must be a number of dollars per hour (0 for on-demand), not “%2”; it was ignored.</source>
        <translation>`price` in [%1] muss ein Betrag in Dollar pro Stunde sein (0 für On-Demand), nicht „%2“; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>`%1` in [%2] still holds the example&apos;s placeholder text; replace it with a real value before starting a cluster.</source>
        <translation>`%1` in [%2] enthält noch den Platzhaltertext des Beispiels; ersetzen Sie ihn vor dem Start eines Clusters durch einen echten Wert.</translation>
    </message>
    <message>
        <source>[%1] has no `provider` (such as ec2_boto, openstack or google); the section was skipped.</source>
        <translation>[%1] hat keinen `provider` (wie ec2_boto, openstack oder google); der Abschnitt wurde übersprungen.</translation>
    </message>
    <message>
        <source>`tenant_name` in [%1] was ignored: it is the old name of `project_name`, which is also set.</source>
        <translation>`tenant_name` in [%1] wurde ignoriert: Es ist der alte Name von `project_name`, das ebenfalls gesetzt ist.</translation>
    </message>
    <message>
        <source>`tenant_name` in [%1] is the old name of `project_name`; it was read as `project_name`. Please rename it.</source>
        <translation>`tenant_name` in [%1] ist der alte Name von `project_name`; es wurde als `project_name` gelesen. Bitte benennen Sie es um.</translation>
    </message>
    <message>
        <source>`%1` in [%2] is not a key the %3 provider knows; it was kept as a setting. Check its spelling.</source>
        <translation>`%1` in [%2] ist kein Schlüssel, den der Provider %3 kennt; er wurde als Einstellung beibehalten. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>[%1] uses the cloud provider “%2”, which ClusterDeck does not support; the account was imported but cannot start clusters.</source>
        <translation>[%1] verwendet den Cloud-Provider „%2“, den ClusterDeck nicht unterstützt; das Konto wurde importiert, kann aber keine Cluster starten.</translation>
    </message>
    <message>
        <source>ClusterDeck cannot start clusters with the cloud provider “%1”.</source>
        <translation>ClusterDeck kann keine Cluster mit dem Cloud-Provider „%1“ starten.</translation>
    </message>
    <message>
        <source>[%1] has no `%2`; the account was imported but cannot start clusters until it is set.</source>
        <translation>[%1] hat kein `%2`; das Konto wurde importiert, kann aber erst Cluster starten, wenn es gesetzt ist.</translation>
    </message>
    <message>
        <source>It has no `%1`.</source>
        <translation>Es hat kein `%1`.</translation>
    </message>
    <message>
        <source>[%1] has no `image_user` (the user to log in to the nodes as); the section was skipped.</source>
        <translation>[%1] hat kein `image_user` (der Benutzer, als der man sich an den Knoten anmeldet); der Abschnitt wurde übersprungen.</translation>
    </message>
    <message>
        <source>`image_sudo` in [%1] must be yes or no, not “%2”; the default (yes) was kept.</source>
        <translation>`image_sudo` in [%1] muss yes oder no sein, nicht „%2“; die Vorgabe (yes) wurde beibehalten.</translation>
    </message>
    <message>
        <source>`%1` in [%2] is not a login key ElastiCluster knows; it was ignored. Check its spelling.</source>
        <translation>`%1` in [%2] ist kein Anmeldeschlüssel, den ElastiCluster kennt; er wurde ignoriert. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>[%1] uses the setup provider “%2”; ClusterDeck only runs Ansible.</source>
        <translation>[%1] verwendet den Einrichtungs-Provider „%2“; ClusterDeck führt nur Ansible aus.</translation>
    </message>
    <message>
        <source>`%1` in [%2] uses the old Ansible group name `%3`; it was read as `%4`. Please rename it.</source>
        <translation>`%1` in [%2] verwendet den alten Ansible-Gruppennamen `%3`; er wurde als `%4` gelesen. Bitte benennen Sie ihn um.</translation>
    </message>
    <message>
        <source>`ssh_pipelining` in [%1] is the old name of `ansible_ssh_pipelining`; it was read as `ansible_ssh_pipelining`. Please rename it.</source>
        <translation>`ssh_pipelining` in [%1] ist der alte Name von `ansible_ssh_pipelining`; es wurde als `ansible_ssh_pipelining` gelesen. Bitte benennen Sie es um.</translation>
    </message>
    <message>
        <source>`%1` in [%2] is not a setup key ElastiCluster knows; it was kept as a setting. Check its spelling.</source>
        <translation>`%1` in [%2] ist kein Einrichtungsschlüssel, den ElastiCluster kennt; er wurde als Einstellung beibehalten. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>Its cloud</source>
        <translation>Seine Cloud</translation>
    </message>
    <message>
        <source>Its login</source>
        <translation>Seine Anmeldung</translation>
    </message>
    <message>
        <source>Its setup</source>
        <translation>Seine Einrichtung</translation>
    </message>
    <message>
        <source>`%1` in [%2] was ignored: it is the old name of `%3`, which is also set.</source>
        <translation>`%1` in [%2] wurde ignoriert: Es ist der alte Name von `%3`, das ebenfalls gesetzt ist.</translation>
    </message>
    <message>
        <source>`%1` in [%2] is the old name of `%3`; it was read as `%3`. Please rename it.</source>
        <translation>`%1` in [%2] ist der alte Name von `%3`; es wurde als `%3` gelesen. Bitte benennen Sie es um.</translation>
    </message>
    <message>
        <source>`%1` in [%2] must be a whole number of seconds above 0, not “%3”; the default was kept.</source>
        <translation>`%1` in [%2] muss eine ganze Zahl von Sekunden über 0 sein, nicht „%3“; die Vorgabe wurde beibehalten.</translation>
    </message>
    <message>
        <source>`%1` in [%2] is not a key ElastiCluster knows; it was kept as a template setting. Check its spelling.</source>
        <translation>`%1` in [%2] ist kein Schlüssel, den ElastiCluster kennt; er wurde als Vorlageneinstellung beibehalten. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>`setup_provider` in [%1] was ignored: it is the old name of `setup`, which is also set.</source>
        <translation>`setup_provider` in [%1] wurde ignoriert: Es ist der alte Name von `setup`, das ebenfalls gesetzt ist.</translation>
    </message>
    <message>
        <source>`setup_provider` in [%1] is the old name of `setup`; it was read as `setup`. Please rename it.</source>
        <translation>`setup_provider` in [%1] ist der alte Name von `setup`; es wurde als `setup` gelesen. Bitte benennen Sie es um.</translation>
    </message>
    <message>
        <source>`%1` in [%2] declares the node kind “%3”, but a kind name must start with a letter, contain only letters, digits, `_` and `-`, and not end with a digit or `-`. The cluster template was skipped.</source>
        <translation>`%1` in [%2] deklariert die Knotenart „%3“, aber ein Artname muss mit einem Buchstaben beginnen, darf nur Buchstaben, Ziffern, `_` und `-` enthalten und nicht auf eine Ziffer oder `-` enden. Die Cluster-Vorlage wurde übersprungen.</translation>
    </message>
    <message>
        <source>`%1` in [%2] must be a whole number of nodes (0 or more), not “%3”. The cluster template was skipped.</source>
        <translation>`%1` in [%2] muss eine ganze Zahl von Knoten sein (0 oder mehr), nicht „%3“. Die Cluster-Vorlage wurde übersprungen.</translation>
    </message>
    <message>
        <source>`%1` in [%2] asks for at least %3 nodes, more than the %4 that `%5` starts. The cluster template was skipped.</source>
        <translation>`%1` in [%2] verlangt mindestens %3 Knoten, mehr als die %4, die `%5` startet. Die Cluster-Vorlage wurde übersprungen.</translation>
    </message>
    <message>
        <source>`%1` in [%2] sets a minimum for kind `%3`, but there is no `%3_nodes`; it was ignored.</source>
        <translation>`%1` in [%2] setzt ein Minimum für die Art `%3`, aber es gibt kein `%3_nodes`; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>It names no %1 section (add `%1=` to [%2]).</source>
        <translation>Sie nennt keinen %1-Abschnitt (fügen Sie `%1=` zu [%2] hinzu).</translation>
    </message>
    <message>
        <source>[%1] names no %2 section (`%2=`); the template was imported but cannot start until it does.</source>
        <translation>[%1] nennt keinen %2-Abschnitt (`%2=`); die Vorlage wurde importiert, kann aber erst starten, wenn sie einen nennt.</translation>
    </message>
    <message>
        <source>%1 [%2/%3] could not be imported.</source>
        <translation>%1 [%2/%3] konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>[%1] refers to [%2/%3], which could not be imported (see the messages about it); the template was imported but cannot start until it is fixed.</source>
        <translation>[%1] verweist auf [%2/%3], das nicht importiert werden konnte (siehe die Meldungen dazu); die Vorlage wurde importiert, kann aber erst starten, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>%1 [%2/%3] is not defined.</source>
        <translation>%1 [%2/%3] ist nicht definiert.</translation>
    </message>
    <message>
        <source>[%1] refers to [%2/%3], which is neither in the imported files nor stored in ClusterDeck; the template was imported but cannot start until [%2/%3] exists.</source>
        <translation>[%1] verweist auf [%2/%3], das weder in den importierten Dateien steht noch in ClusterDeck gespeichert ist; die Vorlage wurde importiert, kann aber erst starten, wenn [%2/%3] existiert.</translation>
    </message>
    <message>
        <source>[%1] overrides kind `%2`, but [%3] declares no `%2_nodes`; it was ignored.</source>
        <translation>[%1] überschreibt die Art `%2`, aber [%3] deklariert kein `%2_nodes`; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>The login of kind `%1`</source>
        <translation>Die Anmeldung der Art `%1`</translation>
    </message>
    <message>
        <source>`%1` in [%2] was ignored: it belongs in [%3].</source>
        <translation>`%1` in [%2] wurde ignoriert: Es gehört in [%3].</translation>
    </message>
    <message>
        <source>`%1` in [%2] is not a key ElastiCluster knows; it was kept as a setting of kind `%3`. Check its spelling.</source>
        <translation>`%1` in [%2] ist kein Schlüssel, den ElastiCluster kennt; er wurde als Einstellung der Art `%3` beibehalten. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>It declares no nodes (such as `compute_nodes=4`).</source>
        <translation>Sie deklariert keine Knoten (wie `compute_nodes=4`).</translation>
    </message>
    <message>
        <source>[%1] declares no nodes (such as `compute_nodes=4`); the template was imported but cannot start.</source>
        <translation>[%1] deklariert keine Knoten (wie `compute_nodes=4`); die Vorlage wurde importiert, kann aber nicht starten.</translation>
    </message>
    <message>
        <source>Setup [setup/%1] gives kind `%2` no Ansible groups (`%2_groups`).</source>
        <translation>Die Einrichtung [setup/%1] gibt der Art `%2` keine Ansible-Gruppen (`%2_groups`).</translation>
    </message>
    <message>
        <source>[%1] has nodes of kind `%2`, but [setup/%3] has no `%2_groups`; the template was imported but cannot start until the setup says what `%2` nodes run.</source>
        <translation>[%1] hat Knoten der Art `%2`, aber [setup/%3] hat kein `%2_groups`; die Vorlage wurde importiert, kann aber erst starten, wenn die Einrichtung festlegt, was auf `%2`-Knoten läuft.</translation>
    </message>
    <message>
        <source>Cloud [cloud/%1] uses a VPC, so kind `%2` needs `network_ids`.</source>
        <translation>Die Cloud [cloud/%1] verwendet eine VPC, daher braucht die Art `%2` `network_ids`.</translation>
    </message>
    <message>
        <source>[cloud/%1] uses a VPC, so kind `%2` of [%3] needs `network_ids` (a subnet).</source>
        <translation>[cloud/%1] verwendet eine VPC, daher braucht die Art `%2` von [%3] `network_ids` (ein Subnetz).</translation>
    </message>
    <message>
        <source>`ssh_to` in [%1] names “%2”, which is no node kind of this cluster; it was ignored, so ClusterDeck picks the node to log in to.</source>
        <translation>`ssh_to` in [%1] nennt „%2“, was keine Knotenart dieses Clusters ist; es wurde ignoriert, ClusterDeck wählt also den Knoten für die Anmeldung.</translation>
    </message>
    <message>
        <source>`%1` refers to itself through %(…)s references: %2</source>
        <translation>`%1` verweist über %(…)s-Verweise auf sich selbst: %2</translation>
    </message>
    <message>
        <source>the %(…)s references of `%1` are nested more than %2 deep</source>
        <translation>die %(…)s-Verweise von `%1` sind tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>`%1` in [%2] has a `%` that starts neither `%%` nor `%(name)s`; it was kept as written (write `%%` for a literal `%`).</source>
        <translation>`%1` in [%2] hat ein `%`, das weder `%%` noch `%(name)s` beginnt; es wurde unverändert beibehalten (schreiben Sie `%%` für ein wörtliches `%`).</translation>
    </message>
    <message>
        <source>`%1` in [%2] refers to %(%3)s, which is set neither in [%2] nor in [DEFAULT]; it was kept as written.</source>
        <translation>`%1` in [%2] verweist auf %(%3)s, das weder in [%2] noch in [DEFAULT] gesetzt ist; es wurde unverändert beibehalten.</translation>
    </message>
    <message>
        <source>`%1` grows beyond %2 characters when its %(…)s references are expanded</source>
        <translation>`%1` wird beim Auflösen seiner %(…)s-Verweise länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>In [%1], %2; the section was skipped.</source>
        <translation>In [%1]: %2; der Abschnitt wurde übersprungen.</translation>
    </message>
    <message>
        <source>The value of `%1` in [%2] contains a `$` that does not name a set environment variable; it was kept as written.</source>
        <translation>Der Wert von `%1` in [%2] enthält ein `$`, das keine gesetzte Umgebungsvariable nennt; er wurde unverändert beibehalten.</translation>
    </message>
    <message>
        <source>`%1` in [%2] refers to the environment variable %3, which is not set; it was kept as written.</source>
        <translation>`%1` in [%2] verweist auf die Umgebungsvariable %3, die nicht gesetzt ist; es wurde unverändert beibehalten.</translation>
    </message>
</context>
<context>
    <name>GceProvider</name>
    <message>
        <source>The Google credentials are not a JSON object (error at offset %1).</source>
        <translation>Die Google-Zugangsdaten sind kein JSON-Objekt (Fehler bei Offset %1).</translation>
    </message>
    <message>
        <source>The service account key has no client_email or no private_key.</source>
        <translation>Dem Dienstkontoschlüssel fehlt client_email oder private_key.</translation>
    </message>
    <message>
        <source>The user credentials have no client_id or no refresh_token.</source>
        <translation>Den Benutzerzugangsdaten fehlt client_id oder refresh_token.</translation>
    </message>
    <message>
        <source>Google credentials of type “%1” are not supported (service_account and authorized_user are).</source>
        <translation>Google-Zugangsdaten vom Typ „%1“ werden nicht unterstützt (service_account und authorized_user schon).</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2.</source>
        <translation>%1 fehlgeschlagen mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 and no Google error.</source>
        <translation>%1 beantwortete %2 mit HTTP %3 und ohne Google-Fehler.</translation>
    </message>
    <message>
        <source>(gave up after %1 attempts)</source>
        <translation>(nach %1 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <source>The service account&apos;s private key is not a readable RSA key.</source>
        <translation>Der private Schlüssel des Dienstkontos ist kein lesbarer RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>Signing with the service account&apos;s key failed.</source>
        <translation>Das Signieren mit dem Schlüssel des Dienstkontos ist fehlgeschlagen.</translation>
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
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;.</source>
        <translation>Unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>ClusterDeck</source>
        <translation>ClusterDeck</translation>
    </message>
</context>
<context>
    <name>MemoryClusterRepository</name>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>A %1 without a name cannot be stored.</source>
        <translation>Ein Objekt vom Typ „%1“ ohne Namen kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no %1 named “%2”.</source>
        <translation>Es gibt kein Objekt vom Typ „%1“ namens „%2“.</translation>
    </message>
    <message>
        <source>A cluster named “%1” already exists.</source>
        <translation>Ein Cluster namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>NodeLogin</name>
    <message>
        <source>Node “%1” has no address.</source>
        <translation>Knoten „%1“ hat keine Adresse.</translation>
    </message>
    <message>
        <source>Node “%1” has an unusable address “%2”.</source>
        <translation>Knoten „%1“ hat eine unbrauchbare Adresse „%2“.</translation>
    </message>
</context>
<context>
    <name>OpenStackProvider</name>
    <message>
        <source>%1 failed with HTTP %2.</source>
        <translation>%1 fehlgeschlagen mit HTTP %2.</translation>
    </message>
    <message>
        <source>(gave up after %1 attempts)</source>
        <translation>(nach %1 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <source>The server is in ERROR and Nova gives no reason.</source>
        <translation>Der Server ist im Zustand ERROR, und Nova nennt keinen Grund.</translation>
    </message>
</context>
<context>
    <name>OrphanAdoption</name>
    <message>
        <source>it has no cluster and node tags</source>
        <translation>sie hat keine Cluster- und Knoten-Tags</translation>
    </message>
    <message>
        <source>cluster “%1” is not known in this account; import the cluster first (for example from an export) or terminate the instance</source>
        <translation>Cluster „%1“ ist in diesem Konto nicht bekannt; importieren Sie zuerst den Cluster (etwa aus einem Export) oder beenden Sie die Instanz</translation>
    </message>
    <message>
        <source>node %1 holds instance %2</source>
        <translation>Knoten %1 hat bereits Instanz %2</translation>
    </message>
    <message>
        <source>cluster “%1” has no node kind for node “%2”</source>
        <translation>Cluster „%1“ hat keine Knotenart für Knoten „%2“</translation>
    </message>
    <message>
        <source>another instance is adopted as node %1</source>
        <translation>eine andere Instanz wird bereits als Knoten %1 übernommen</translation>
    </message>
    <message>
        <source>Instance %1 adopted as node %2.</source>
        <translation>Instanz %1 als Knoten %2 übernommen.</translation>
    </message>
</context>
<context>
    <name>ProviderConfigLoader</name>
    <message>
        <source>The secret “%1” of account “%2” could not be read from the keychain (%3). %4</source>
        <translation>Das Geheimnis „%1“ des Kontos „%2“ konnte nicht aus dem Schlüsselbund gelesen werden (%3). %4</translation>
    </message>
    <message>
        <source>The account “%1” cannot be used: %2</source>
        <translation>Das Konto „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>The playbook %1 does not exist (setup profile “%2”, playbook_path).</source>
        <translation>Das Playbook %1 existiert nicht (Einrichtungsprofil „%2“, playbook_path).</translation>
    </message>
    <message>
        <source>No node of cluster “%1” is reachable: start it first.</source>
        <translation>Kein Knoten des Clusters „%1“ ist erreichbar: Starten Sie ihn zuerst.</translation>
    </message>
</context>
<context>
    <name>SftpListing</name>
    <message>
        <source>%1 refused the SFTP subsystem</source>
        <translation>%1 hat das SFTP-Subsystem verweigert</translation>
    </message>
    <message>
        <source>Cannot open the folder %1</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>SftpTransfer</name>
    <message>
        <source>%1 refused the SFTP subsystem</source>
        <translation>%1 hat das SFTP-Subsystem verweigert</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1 on %2</source>
        <translation>%1 kann auf %2 nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>Schreiben von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot rename the upload to %1</source>
        <translation>Der Upload kann nicht in %1 umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot open %1 on %2</source>
        <translation>%1 kann auf %2 nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed</source>
        <translation>Lesen von %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ShellChannel</name>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 hat %2 verweigert: %3</translation>
    </message>
    <message>
        <source>a session channel</source>
        <translation>einen Sitzungskanal</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>ein Terminal</translation>
    </message>
    <message>
        <source>a shell</source>
        <translation>eine Shell</translation>
    </message>
    <message>
        <source>Cannot create an SSH channel.</source>
        <translation>Es kann kein SSH-Kanal angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SqlClusterRepository</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (is it on a network file system?).</source>
        <translation>Die Datenbank %1 kann kein Write-Ahead-Logging verwenden (liegt sie auf einem Netzwerkdateisystem?).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer ClusterDeck (schema version %2; this version knows up to %3). Update ClusterDeck, or use another --data-dir.</source>
        <translation>Die Datenbank %1 wurde von einem neueren ClusterDeck geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie ClusterDeck oder verwenden Sie ein anderes --data-dir.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>A %1 without a name cannot be stored.</source>
        <translation>Ein Objekt vom Typ „%1“ ohne Namen kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no %1 named “%2”.</source>
        <translation>Es gibt kein Objekt vom Typ „%1“ namens „%2“.</translation>
    </message>
    <message>
        <source>A cluster named “%1” already exists.</source>
        <translation>Ein Cluster namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>Database error preparing “%1”: %2</source>
        <translation>Datenbankfehler beim Vorbereiten von „%1“: %2</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Datenbankfehler in „%1“: %2</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>The SSH session is not open.</source>
        <translation>Die SSH-Sitzung ist nicht offen.</translation>
    </message>
    <message>
        <source>Cannot create an SSH channel.</source>
        <translation>Es kann kein SSH-Kanal angelegt werden.</translation>
    </message>
    <message>
        <source>opening a channel</source>
        <translation>beim Öffnen eines Kanals</translation>
    </message>
    <message>
        <source>%1 refused a session channel: %2</source>
        <translation>%1 hat einen Sitzungskanal verweigert: %2</translation>
    </message>
    <message>
        <source>starting the command</source>
        <translation>beim Starten des Befehls</translation>
    </message>
    <message>
        <source>%1 refused to run the command: %2</source>
        <translation>%1 hat die Ausführung des Befehls verweigert: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The command on %1 did not finish within %2 ms; it was stopped.</source>
        <translation>Der Befehl auf %1 wurde nicht innerhalb von %2 ms fertig; er wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1: the connection was lost while the command ran: %2</source>
        <translation>%1: Die Verbindung ging während der Ausführung des Befehls verloren: %2</translation>
    </message>
    <message>
        <source>The command on %1 wrote more than %2 MiB; it was stopped.</source>
        <translation>Der Befehl auf %1 hat mehr als %2 MiB ausgegeben; er wurde gestoppt.</translation>
    </message>
    <message>
        <source> (through the proxy command)</source>
        <translation> (über den Proxy-Befehl)</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms while %3.</source>
        <translation>%1: keine Antwort innerhalb von %2 ms %3.</translation>
    </message>
    <message>
        <source>%1: connection failed while %2: %3</source>
        <translation>%1: Verbindung fehlgeschlagen %2: %3</translation>
    </message>
    <message>
        <source>No known_hosts file is set for %1.</source>
        <translation>Für %1 ist keine known_hosts-Datei festgelegt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Cannot create an SSH session.</source>
        <translation>Es kann keine SSH-Sitzung angelegt werden.</translation>
    </message>
    <message>
        <source>Invalid SSH settings for %1: %2</source>
        <translation>Ungültige SSH-Einstellungen für %1: %2</translation>
    </message>
    <message>
        <source>Invalid proxy command: %1</source>
        <translation>Ungültiger Proxy-Befehl: %1</translation>
    </message>
    <message>
        <source>The session is already open.</source>
        <translation>Die Sitzung ist bereits offen.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>beim Verbinden</translation>
    </message>
    <message>
        <source>%1 did not present a usable host key.</source>
        <translation>%1 hat keinen brauchbaren Host-Schlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1: %2</source>
        <translation>Der Host-Schlüssel von %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 presented the host key %2 (%3), which %4 does not hold; unknown hosts are refused.</source>
        <translation>%1 hat den Host-Schlüssel %2 (%3) vorgelegt, den %4 nicht enthält; unbekannte Hosts werden abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1 in %2.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht in %2 gespeichert werden.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: the server presents %2 (%3), %4 holds %5 (%6). Someone may be intercepting the connection; the new key is not accepted.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert: Der Server legt %2 (%3) vor, %4 enthält %5 (%6). Möglicherweise fängt jemand die Verbindung ab; der neue Schlüssel wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>a revoked or unreadable key</source>
        <translation>ein widerrufener oder unlesbarer Schlüssel</translation>
    </message>
    <message>
        <source>the key file %1 cannot be read (missing, not a key, or a wrong or missing passphrase)</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden (fehlt, ist kein Schlüssel, oder die Passphrase ist falsch oder fehlt)</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>bei der Authentifizierung</translation>
    </message>
    <message>
        <source>the key %1 was refused</source>
        <translation>der Schlüssel %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>no key of the SSH agent was accepted (%1)</source>
        <translation>kein Schlüssel des SSH-Agenten wurde akzeptiert (%1)</translation>
    </message>
    <message>
        <source>neither a key file nor the SSH agent is configured</source>
        <translation>weder eine Schlüsseldatei noch der SSH-Agent ist eingerichtet</translation>
    </message>
    <message>
        <source>%1: authentication failed: %2.</source>
        <translation>%1: Authentifizierung fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The proxy command ends with a lone &apos;%&apos;: write %% for a percent sign.</source>
        <translation>Der Proxy-Befehl endet mit einem einzelnen „%“: Schreiben Sie %% für ein Prozentzeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address.</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The user name &apos;%1&apos; cannot be passed to a proxy command.</source>
        <translation>Der Benutzername „%1“ kann nicht an einen Proxy-Befehl übergeben werden.</translation>
    </message>
    <message>
        <source>Unknown escape &apos;%%1&apos; in the proxy command (known: %h, %p, %r, %%).</source>
        <translation>Unbekanntes Escape „%%1“ im Proxy-Befehl (bekannt: %h, %p, %r, %%).</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Configuring</source>
        <translation>Wird eingerichtet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>Definiert</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Teilweise bereit</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Wird pausiert</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Destroying</source>
        <translation>Wird zerstört</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Zerstört</translation>
    </message>
</context>
<context>
    <name>WizardPresets</name>
    <message>
        <source>SLURM cluster</source>
        <translation>SLURM-Cluster</translation>
    </message>
    <message>
        <source>A frontend running the SLURM controller and sharing /home over NFS, and compute nodes that run the jobs.</source>
        <translation>Ein Frontend, das den SLURM-Controller ausführt und /home über NFS freigibt, und Rechenknoten, die die Jobs ausführen.</translation>
    </message>
    <message>
        <source>Plain nodes</source>
        <translation>Einfache Knoten</translation>
    </message>
    <message>
        <source>Machines with nothing installed on them.</source>
        <translation>Rechner, auf denen nichts installiert ist.</translation>
    </message>
</context>
<context>
    <name>XmlElement</name>
    <message>
        <source>XML with a document type declaration refused.</source>
        <translation>XML mit einer Dokumenttyp-Deklaration abgelehnt.</translation>
    </message>
    <message>
        <source>More than one root element.</source>
        <translation>Mehr als ein Wurzelelement.</translation>
    </message>
    <message>
        <source>XML nested too deeply.</source>
        <translation>XML zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>The answer contains no XML element.</source>
        <translation>Die Antwort enthält kein XML-Element.</translation>
    </message>
</context>
<context>
    <name>cd::AccountCommand</name>
    <message>
        <source>account: say add, list, remove or test (e.g. `account list`).</source>
        <translation>account: Geben Sie add, list, remove oder test an (z. B. `account list`).</translation>
    </message>
    <message>
        <source>ec2, openstack, gce or static.</source>
        <translation>ec2, openstack, gce oder static.</translation>
    </message>
    <message>
        <source>API endpoint URL (ec2_url, auth_url).</source>
        <translation>API-Endpunkt-URL (ec2_url, auth_url).</translation>
    </message>
    <message>
        <source>Region.</source>
        <translation>Region.</translation>
    </message>
    <message>
        <source>Availability zone.</source>
        <translation>Verfügbarkeitszone.</translation>
    </message>
    <message>
        <source>Project (OpenStack, GCE).</source>
        <translation>Projekt (OpenStack, GCE).</translation>
    </message>
    <message>
        <source>Any other setting, e.g. ec2_access_key=AKID or hosts=a,b:2222.</source>
        <translation>Jede weitere Einstellung, z. B. ec2_access_key=AKID oder hosts=a,b:2222.</translation>
    </message>
    <message>
        <source>A secret setting taken from an environment variable.</source>
        <translation>Eine geheime Einstellung aus einer Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Replace an account of the same name.</source>
        <translation>Ein Konto gleichen Namens ersetzen.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>account add: give exactly one account name.</source>
        <translation>account add: Geben Sie genau einen Kontonamen an.</translation>
    </message>
    <message>
        <source>account add: “%1” is not a usable name (letters, digits, _ . -).</source>
        <translation>account add: „%1“ ist kein verwendbarer Name (Buchstaben, Ziffern, _ . -).</translation>
    </message>
    <message>
        <source>account add: --type must be ec2, openstack, gce or static.</source>
        <translation>account add: --type muss ec2, openstack, gce oder static sein.</translation>
    </message>
    <message>
        <source>account add: --set wants KEY=VALUE, not “%1”.</source>
        <translation>account add: --set erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>account add: cannot read secrets from stdin.</source>
        <translation>account add: Geheimnisse können nicht von stdin gelesen werden.</translation>
    </message>
    <message>
        <source>account add: no line on stdin for the secret “%1”.</source>
        <translation>account add: keine Zeile auf stdin für das Geheimnis „%1“.</translation>
    </message>
    <message>
        <source>account add: --secret-env wants KEY=VAR with VAR set, not “%1”.</source>
        <translation>account add: --secret-env erwartet KEY=VAR mit gesetztem VAR, nicht „%1“.</translation>
    </message>
    <message>
        <source>An account named “%1” already exists; pass --replace to replace it.</source>
        <translation>Ein Konto namens „%1“ existiert bereits; geben Sie --replace an, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Account “%1” (%2) saved.</source>
        <translation>Konto „%1“ (%2) gespeichert.</translation>
    </message>
    <message>
        <source>The secret %1 could not be stored in the keychain, so the account was not saved. %2</source>
        <translation>Das Geheimnis %1 konnte nicht im Schlüsselbund gespeichert werden, daher wurde das Konto nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>SECRETS</source>
        <translation>GEHEIMNISSE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Remove even if templates or clusters use it.</source>
        <translation>Auch entfernen, wenn Vorlagen oder Cluster es verwenden.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Das Konto.</translation>
    </message>
    <message>
        <source>account remove: give exactly one account name.</source>
        <translation>account remove: Geben Sie genau einen Kontonamen an.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>The account “%1” is used by %2; pass --force to remove it anyway.</source>
        <translation>Das Konto „%1“ wird von %2 verwendet; geben Sie --force an, um es trotzdem zu entfernen.</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message>
        <source>account test: give exactly one account name.</source>
        <translation>account test: Geben Sie genau einen Kontonamen an.</translation>
    </message>
    <message>
        <source>Account “%1”: %2</source>
        <translation>Konto „%1“: %2</translation>
    </message>
    <message>
        <source>Account “%1” works.</source>
        <translation>Konto „%1“ funktioniert.</translation>
    </message>
    <message>
        <source>Instances: %1 in use of %2.</source>
        <translation>Instanzen: %1 von %2 belegt.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>A secret setting whose value is read from stdin, one line each (a JSON object, such as a GCE service account key file, to its end).</source>
        <translation>Eine geheime Einstellung, deren Wert von stdin gelesen wird, je eine Zeile (ein JSON-Objekt, etwa eine GCE-Dienstkonto-Schlüsseldatei, bis zu seinem Ende).</translation>
    </message>
</context>
<context>
    <name>cd::AccountForm</name>
    <message>
        <source>How templates and clusters refer to this account: letters, digits, _ . -</source>
        <translation>Wie Vorlagen und Cluster auf dieses Konto verweisen: Buchstaben, Ziffern, _ . -</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Where the nodes come from</source>
        <translation>Woher die Knoten kommen</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>(in the keychain; type to replace)</source>
        <translation>(im Schlüsselbund; zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>Use letters, digits, _ . and -, starting with a letter or digit.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, _ . und -, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>An account with this name exists.</source>
        <translation>Ein Konto mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Accounts of type “%1” cannot be edited here yet; use `clusterdeck-cli account add --replace`.</source>
        <translation>Konten vom Typ „%1“ können hier noch nicht bearbeitet werden; verwenden Sie `clusterdeck-cli account add --replace`.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
</context>
<context>
    <name>cd::AccountsDialog</name>
    <message>
        <source>Cloud accounts</source>
        <translation>Cloud-Konten</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <source>The clouds and machine pools clusters can use</source>
        <translation>Die Clouds und Rechner-Pools, die Cluster verwenden können</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Fill in a new account</source>
        <translation>Ein neues Konto ausfüllen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Forget the selected account and delete its secrets from the keychain</source>
        <translation>Das gewählte Konto vergessen und seine Geheimnisse aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Ask the cloud one cheap question with these settings</source>
        <translation>Der Cloud mit diesen Einstellungen eine einfache Anfrage stellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Store the account; secrets go to the keychain</source>
        <translation>Das Konto speichern; Geheimnisse kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>Konto „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” could not be stored in the keychain, so the account was not saved. %2
ClusterDeck keeps passwords and keys only in the system keychain (the Secret Service: gnome-keyring, KWallet …), never in its own files. Start or unlock the keychain, then save again.</source>
        <translation>„%1“ konnte nicht im Schlüsselbund gespeichert werden, daher wurde das Konto nicht gespeichert. %2
ClusterDeck bewahrt Passwörter und Schlüssel nur im System-Schlüsselbund auf (Secret Service: gnome-keyring, KWallet …), nie in eigenen Dateien. Starten oder entsperren Sie den Schlüsselbund und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>„%1“ wird getestet…</translation>
    </message>
    <message>
        <source>Account “%1” works. %2</source>
        <translation>Konto „%1“ funktioniert. %2</translation>
    </message>
    <message>
        <source>Account “%1” does not work: %2</source>
        <translation>Konto „%1“ funktioniert nicht: %2</translation>
    </message>
    <message>
        <source>(This kind of account has nothing to ask.)</source>
        <translation>(Bei dieser Art von Konto gibt es nichts abzufragen.)</translation>
    </message>
    <message>
        <source>The cloud answered.</source>
        <translation>Die Cloud hat geantwortet.</translation>
    </message>
    <message>
        <source>Instances: %1 in use of %2.</source>
        <translation>Instanzen: %1 von %2 belegt.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Remove the account “%1” and delete its secrets from the keychain?</source>
        <translation>Das Konto „%1“ entfernen und seine Geheimnisse aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>It is used by %1; they cannot start or destroy nodes without it.</source>
        <translation>Es wird von %1 verwendet; ohne es können diese keine Knoten starten oder zerstören.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Deleting the secrets of “%1”…</source>
        <translation>Die Geheimnisse von „%1“ werden gelöscht…</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Account “%1” removed, but the keychain kept some of its secrets: %2 Delete them with your keychain manager.</source>
        <translation>Konto „%1“ entfernt, aber der Schlüsselbund hat einige seiner Geheimnisse behalten: %2 Löschen Sie sie mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cd::AnsibleRun</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the run&apos;s files in %1.</source>
        <translation>Die Dateien des Laufs können nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the run&apos;s logs in %1.</source>
        <translation>Die Protokolle des Laufs können nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” was not found: install Ansible (Debian package ansible) or set ansible_command.</source>
        <translation>„%1“ wurde nicht gefunden: Installieren Sie Ansible (Debian-Paket ansible) oder setzen Sie ansible_command.</translation>
    </message>
    <message>
        <source>There are no nodes to configure.</source>
        <translation>Es gibt keine Knoten zum Einrichten.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Setup was cancelled.</source>
        <translation>Die Einrichtung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>failed (see the run log)</source>
        <translation>fehlgeschlagen (siehe Protokoll des Laufs)</translation>
    </message>
    <message>
        <source>ansible-playbook crashed.</source>
        <translation>ansible-playbook ist abgestürzt.</translation>
    </message>
    <message numerus="yes">
        <source>Setup failed on %n node(s).</source>
        <translation>
            <numerusform>Einrichtung auf %n Knoten fehlgeschlagen.</numerusform>
            <numerusform>Einrichtung auf %n Knoten fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>ansible-playbook ended with code %1 before running any task: %2</source>
        <translation>ansible-playbook endete mit Code %1, bevor eine Aufgabe lief: %2</translation>
    </message>
    <message>
        <source>ansible-playbook ended with code %1; no result for %2.</source>
        <translation>ansible-playbook endete mit Code %1; kein Ergebnis für %2.</translation>
    </message>
</context>
<context>
    <name>cd::CloudProvider</name>
    <message>
        <source>create instances</source>
        <translation>Instanzen anlegen</translation>
    </message>
    <message>
        <source>describe instances</source>
        <translation>Instanzen beschreiben</translation>
    </message>
    <message>
        <source>terminate instances</source>
        <translation>Instanzen beenden</translation>
    </message>
    <message>
        <source>stop (pause) instances</source>
        <translation>Instanzen anhalten (pausieren)</translation>
    </message>
    <message>
        <source>start (resume) instances</source>
        <translation>Instanzen starten (fortsetzen)</translation>
    </message>
    <message>
        <source>import key pairs</source>
        <translation>Schlüsselpaare importieren</translation>
    </message>
    <message>
        <source>manage security groups</source>
        <translation>Sicherheitsgruppen verwalten</translation>
    </message>
    <message>
        <source>list images</source>
        <translation>Images auflisten</translation>
    </message>
    <message>
        <source>list flavors</source>
        <translation>Flavors auflisten</translation>
    </message>
    <message>
        <source>list networks</source>
        <translation>Netzwerke auflisten</translation>
    </message>
    <message>
        <source>report quotas</source>
        <translation>Kontingente melden</translation>
    </message>
    <message>
        <source>find instances by tag</source>
        <translation>Instanzen nach Tag suchen</translation>
    </message>
    <message>
        <source>The %1 provider cannot %2.</source>
        <translation>Der Provider %1 kann keine %2.</translation>
    </message>
</context>
<context>
    <name>cd::ClusterActions</name>
    <message>
        <source>&amp;Create cluster…</source>
        <translation>Cluster &amp;anlegen…</translation>
    </message>
    <message>
        <source>Create a cluster from a template and start it</source>
        <translation>Einen Cluster aus einer Vorlage anlegen und starten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the nodes of the selected cluster that are not running</source>
        <translation>Die nicht laufenden Knoten des gewählten Clusters starten</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Zerstören…</translation>
    </message>
    <message>
        <source>Terminate every node of the selected cluster and forget it</source>
        <translation>Alle Knoten des gewählten Clusters beenden und ihn vergessen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel the running job; what it created is cleaned up</source>
        <translation>Den laufenden Auftrag abbrechen; was er angelegt hat, wird aufgeräumt</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <source>Destroying %1</source>
        <translation>%1 wird zerstört</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: fertig.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Set &amp;Up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>Configure the reachable nodes again with the cluster&apos;s setup (Ansible)</source>
        <translation>Die erreichbaren Knoten erneut mit der Einrichtung des Clusters konfigurieren (Ansible)</translation>
    </message>
    <message>
        <source>Re&amp;size…</source>
        <translation>&amp;Größe ändern…</translation>
    </message>
    <message>
        <source>Add or remove nodes of the selected cluster</source>
        <translation>Knoten des gewählten Clusters hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <source>Stop the nodes without deleting them (they cost no compute time)</source>
        <translation>Die Knoten anhalten, ohne sie zu löschen (sie verbrauchen keine Rechenzeit)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Start a paused cluster&apos;s nodes again</source>
        <translation>Die Knoten eines pausierten Clusters wieder starten</translation>
    </message>
    <message>
        <source>Resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Ask the cloud and SSH for the state of every node of the cluster</source>
        <translation>Cloud und SSH nach dem Zustand jedes Knotens des Clusters fragen</translation>
    </message>
    <message>
        <source>Refreshing %1</source>
        <translation>%1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Setting up %1</source>
        <translation>%1 wird eingerichtet</translation>
    </message>
    <message>
        <source>Resizing %1</source>
        <translation>Größe von %1 wird geändert</translation>
    </message>
    <message>
        <source>Pause cluster</source>
        <translation>Cluster pausieren</translation>
    </message>
    <message>
        <source>Pause “%1”? Its nodes are stopped, not deleted: disks and addresses may be kept (depending on the cloud), and Resume starts them again.</source>
        <translation>„%1“ pausieren? Seine Knoten werden angehalten, nicht gelöscht: Festplatten und Adressen bleiben je nach Cloud erhalten, und Fortsetzen startet sie wieder.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pausing %1</source>
        <translation>%1 wird pausiert</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add, edit, test and remove cloud accounts</source>
        <translation>Cloud-Konten hinzufügen, bearbeiten, testen und entfernen</translation>
    </message>
    <message>
        <source>Interrupted work</source>
        <translation>Unterbrochene Arbeit</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>Erneut &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>S&amp;päter</translation>
    </message>
</context>
<context>
    <name>cd::ClusterController</name>
    <message>
        <source>There is no template named “%1”.</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>The template “%1” uses the cloud account “%2”, which does not exist.</source>
        <translation>Die Vorlage „%1“ verwendet das Cloud-Konto „%2“, das nicht existiert.</translation>
    </message>
    <message>
        <source>The cloud account “%1” cannot be used: %2</source>
        <translation>Das Cloud-Konto „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cluster created from template “%1” with %n node(s).</source>
        <translation>
            <numerusform>Cluster aus Vorlage „%1“ mit %n Knoten angelegt.</numerusform>
            <numerusform>Cluster aus Vorlage „%1“ mit %n Knoten angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no cloud account named “%1”.</source>
        <translation>Es gibt kein Cloud-Konto namens „%1“.</translation>
    </message>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>Cluster “%1” is busy: %2 is running.</source>
        <translation>Cluster „%1“ ist beschäftigt: Vorgang „%2“ läuft.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>Zerstören</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>The template “%1” has no node kind “%2”.</source>
        <translation>Die Vorlage „%1“ hat keine Knotenart „%2“.</translation>
    </message>
    <message>
        <source>Cluster “%1” has no node named “%2”.</source>
        <translation>Cluster „%1“ hat keinen Knoten namens „%2“.</translation>
    </message>
    <message>
        <source>Cluster “%1” has only %2 nodes of kind “%3” to remove.</source>
        <translation>Cluster „%1“ hat nur %2 Knoten der Art „%3“ zum Entfernen.</translation>
    </message>
    <message>
        <source>Refused: that would leave %1 nodes of kind “%2”, fewer than its minimum of %3.</source>
        <translation>Abgelehnt: Es blieben %1 Knoten der Art „%2“, weniger als ihr Minimum von %3.</translation>
    </message>
    <message>
        <source>Nothing to add or remove.</source>
        <translation>Nichts hinzuzufügen oder zu entfernen.</translation>
    </message>
    <message>
        <source>resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>“%1” was interrupted while starting; start it again to resume, or destroy it to clean up.</source>
        <translation>„%1“ wurde beim Starten unterbrochen; starten Sie ihn erneut, um fortzufahren, oder zerstören Sie ihn zum Aufräumen.</translation>
    </message>
    <message>
        <source>“%1” was interrupted while being destroyed; destroy it again to finish.</source>
        <translation>„%1“ wurde beim Zerstören unterbrochen; zerstören Sie ihn erneut, um es abzuschließen.</translation>
    </message>
    <message>
        <source>“%1” was interrupted while pausing; pause or resume it again.</source>
        <translation>„%1“ wurde beim Pausieren unterbrochen; pausieren oder fortsetzen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>“%1” has %2 node(s) left half-way by an interrupted job; start it again or destroy it.</source>
        <translation>„%1“ hat %2 Knoten, die ein unterbrochener Auftrag halbfertig zurückließ; starten Sie ihn erneut oder zerstören Sie ihn.</translation>
    </message>
    <message>
        <source>Node “%1” has no address to record the key for.</source>
        <translation>Knoten „%1“ hat keine Adresse, zu der der Schlüssel gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>There is no new key to record for node “%1”.</source>
        <translation>Für Knoten „%1“ gibt es keinen neuen Schlüssel zu speichern.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The new host key %1 was accepted by the user.</source>
        <translation>Der neue Host-Schlüssel %1 wurde vom Benutzer akzeptiert.</translation>
    </message>
    <message>
        <source>No setup provider is available.</source>
        <translation>Kein Einrichtungs-Provider verfügbar.</translation>
    </message>
    <message>
        <source>Cluster “%1” has no setup profile: there is nothing to configure.</source>
        <translation>Cluster „%1“ hat kein Einrichtungsprofil: Es gibt nichts einzurichten.</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>Einrichtung</translation>
    </message>
</context>
<context>
    <name>cd::ClusterListModel</name>
    <message>
        <source>%1 ready, %2 failed / %3</source>
        <translation>%1 bereit, %2 fehlgeschlagen / %3</translation>
    </message>
    <message>
        <source>%1 ready / %2</source>
        <translation>%1 bereit / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Angelegt %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No nodes</source>
        <translation>Keine Knoten</translation>
    </message>
</context>
<context>
    <name>cd::ClusterListPane</name>
    <message>
        <source>&amp;Find Cluster</source>
        <translation>Cluster &amp;finden</translation>
    </message>
    <message>
        <source>Filter clusters…</source>
        <translation>Cluster filtern…</translation>
    </message>
    <message>
        <source>Show only the clusters whose name, template or cloud contains this text (Ctrl+F; Esc clears)</source>
        <translation>Nur die Cluster zeigen, deren Name, Vorlage oder Cloud diesen Text enthält (Strg+F; Esc leert)</translation>
    </message>
    <message>
        <source>Filter the cluster list by name, template or cloud</source>
        <translation>Die Clusterliste nach Name, Vorlage oder Cloud filtern</translation>
    </message>
    <message>
        <source>No cluster matches “%1”.</source>
        <translation>Kein Cluster passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>cd::ClusterSummary</name>
    <message>
        <source>Copy &amp;Address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy the address to log in to</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ready: %2 of %3 nodes — %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — bereit: %2 von %3 Knoten — %4</translation>
    </message>
    <message>
        <source>log in at %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
</context>
<context>
    <name>cd::CreateClusterWizard</name>
    <message>
        <source>Create cluster</source>
        <translation>Cluster anlegen</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Store the cluster and start its nodes</source>
        <translation>Den Cluster speichern und seine Knoten starten</translation>
    </message>
    <message>
        <source>No cloud account is chosen.</source>
        <translation>Es ist kein Cloud-Konto gewählt.</translation>
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
    <name>cd::DestroyClusterDialog</name>
    <message>
        <source>Destroy cluster</source>
        <translation>Cluster zerstören</translation>
    </message>
    <message numerus="yes">
        <source>This terminates the %n node(s) of &lt;b&gt;%1&lt;/b&gt; and deletes their disks. It cannot be undone.&lt;br&gt;Type the cluster&apos;s name to confirm:</source>
        <translation>
            <numerusform>Dies beendet den %n Knoten von &lt;b&gt;%1&lt;/b&gt; und löscht seine Festplatten. Das kann nicht rückgängig gemacht werden.&lt;br&gt;Geben Sie zur Bestätigung den Namen des Clusters ein:</numerusform>
            <numerusform>Dies beendet die %n Knoten von &lt;b&gt;%1&lt;/b&gt; und löscht ihre Festplatten. Das kann nicht rückgängig gemacht werden.&lt;br&gt;Geben Sie zur Bestätigung den Namen des Clusters ein:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Zerstören</translation>
    </message>
</context>
<context>
    <name>cd::DestroyClusterJob</name>
    <message>
        <source>The cloud did not report every instance terminated within %1 s.</source>
        <translation>Die Cloud hat nicht innerhalb von %1 s alle Instanzen als beendet gemeldet.</translation>
    </message>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>No cloud provider to terminate the instances.</source>
        <translation>Kein Cloud-Provider zum Beenden der Instanzen.</translation>
    </message>
    <message numerus="yes">
        <source>Also terminating %n instance(s) tagged with this cluster but not recorded (left by an interrupted start): %1</source>
        <translation>
            <numerusform>Zusätzlich wird %n Instanz beendet, die mit diesem Cluster getaggt, aber nicht erfasst ist (von einem unterbrochenen Start übrig): %1</numerusform>
            <numerusform>Zusätzlich werden %n Instanzen beendet, die mit diesem Cluster getaggt, aber nicht erfasst sind (von einem unterbrochenen Start übrig): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminating %n instance(s).</source>
        <translation>
            <numerusform>%n Instanz wird beendet.</numerusform>
            <numerusform>%n Instanzen werden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroying failed, the cluster is kept so nothing is lost: %1 Run destroy again, or force it to forget the cluster.</source>
        <translation>Das Zerstören ist fehlgeschlagen; der Cluster wird behalten, damit nichts verloren geht: %1 Führen Sie destroy erneut aus oder erzwingen Sie, dass der Cluster vergessen wird.</translation>
    </message>
    <message>
        <source>Forced: forgetting the cluster although %1</source>
        <translation>Erzwungen: Der Cluster wird vergessen, obwohl %1</translation>
    </message>
    <message>
        <source>Cluster destroyed.</source>
        <translation>Cluster zerstört.</translation>
    </message>
    <message>
        <source>Destroy cancelled; run it again to finish.</source>
        <translation>Zerstören abgebrochen; führen Sie es erneut aus, um es abzuschließen.</translation>
    </message>
</context>
<context>
    <name>cd::Ec2Api</name>
    <message>
        <source>The EC2 access key or secret key is missing.</source>
        <translation>Der EC2-Zugriffsschlüssel oder geheime Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 could not be read: %3</source>
        <translation>Die Antwort von %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>cd::Ec2Provider</name>
    <message>
        <source>image “%1”</source>
        <translation>Image „%1“</translation>
    </message>
    <message>
        <source>key pair “%1”</source>
        <translation>Schlüsselpaar „%1“</translation>
    </message>
    <message>
        <source>subnet “%1”</source>
        <translation>Subnetz „%1“</translation>
    </message>
    <message>
        <source>security groups “%1”</source>
        <translation>Sicherheitsgruppen „%1“</translation>
    </message>
    <message>
        <source>flavor “%1”</source>
        <translation>Flavor „%1“</translation>
    </message>
    <message>
        <source>A create needs a cluster, an image and at least one node name.</source>
        <translation>Zum Anlegen braucht es einen Cluster, ein Image und mindestens einen Knotennamen.</translation>
    </message>
    <message>
        <source>At most %1 instances per node kind can be created at once.</source>
        <translation>Es können höchstens %1 Instanzen pro Knotenart auf einmal angelegt werden.</translation>
    </message>
    <message>
        <source>The cloud does not know this instance (any more).</source>
        <translation>Die Cloud kennt diese Instanz nicht (mehr).</translation>
    </message>
    <message>
        <source>No HTTP client was given to the EC2 provider.</source>
        <translation>Dem EC2-Provider wurde kein HTTP-Client übergeben.</translation>
    </message>
    <message>
        <source>The EC2 account “%1” names no region (ec2_region).</source>
        <translation>Das EC2-Konto „%1“ nennt keine Region (ec2_region).</translation>
    </message>
    <message>
        <source>The EC2 account “%1” has no access key (ec2_access_key).</source>
        <translation>Das EC2-Konto „%1“ hat keinen Zugriffsschlüssel (ec2_access_key).</translation>
    </message>
    <message>
        <source>The EC2 account “%1” has no secret key (ec2_secret_key).</source>
        <translation>Das EC2-Konto „%1“ hat keinen geheimen Schlüssel (ec2_secret_key).</translation>
    </message>
    <message>
        <source>The EC2 endpoint “%1” of account “%2” is not an http(s) URL.</source>
        <translation>Der EC2-Endpunkt „%1“ des Kontos „%2“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Key pair “%1”: not an OpenSSH public key line.</source>
        <translation>Schlüsselpaar „%1“: keine Zeile eines öffentlichen OpenSSH-Schlüssels.</translation>
    </message>
    <message>
        <source>Key pair “%1”: EC2 accepts RSA and Ed25519 keys, not %2.</source>
        <translation>Schlüsselpaar „%1“: EC2 akzeptiert RSA- und Ed25519-Schlüssel, nicht %2.</translation>
    </message>
    <message>
        <source>A different key is already registered as key pair “%1” (fingerprint %2 in the cloud, %3 here). Remove it from the cloud or choose another name.</source>
        <translation>Ein anderer Schlüssel ist bereits als Schlüsselpaar „%1“ registriert (Fingerabdruck %2 in der Cloud, %3 hier). Entfernen Sie ihn aus der Cloud oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Key pair “%1” vanished while importing it.</source>
        <translation>Schlüsselpaar „%1“ ist beim Importieren verschwunden.</translation>
    </message>
    <message>
        <source>Key pair “%1”: %2</source>
        <translation>Schlüsselpaar „%1“: %2</translation>
    </message>
    <message>
        <source>A security group needs a name.</source>
        <translation>Eine Sicherheitsgruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Security group “%1” vanished while creating it.</source>
        <translation>Sicherheitsgruppe „%1“ ist beim Anlegen verschwunden.</translation>
    </message>
    <message>
        <source>ClusterDeck: %1</source>
        <translation>ClusterDeck: %1</translation>
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
    <name>cd::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>cd::EventLogView</name>
    <message>
        <source>Show only events of this level or above</source>
        <translation>Nur Ereignisse dieser Stufe oder höher zeigen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show only the events of this node</source>
        <translation>Nur die Ereignisse dieses Knotens zeigen</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>What the jobs recorded about the selected cluster</source>
        <translation>Was die Aufträge über den ausgewählten Cluster festgehalten haben</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
</context>
<context>
    <name>cd::ExportCommand</name>
    <message>
        <source>The ZIP file to write.</source>
        <translation>Die zu schreibende ZIP-Datei.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls es existiert.</translation>
    </message>
    <message>
        <source>Include the SSH private and public key.</source>
        <translation>Den privaten und öffentlichen SSH-Schlüssel einschließen.</translation>
    </message>
    <message>
        <source>export: say where to write the archive with -o FILE.zip.</source>
        <translation>export: Geben Sie mit -o FILE.zip an, wohin das Archiv geschrieben werden soll.</translation>
    </message>
    <message>
        <source>export: cluster “%1” has no login profile, so there are no keys to save.</source>
        <translation>export: Cluster „%1“ hat kein Anmeldeprofil, es gibt also keine Schlüssel zu speichern.</translation>
    </message>
    <message>
        <source>export: cannot read the key file %1.</source>
        <translation>export: Die Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Exported cluster “%1” to %2%3</source>
        <translation>Cluster „%1“ nach %2 exportiert%3</translation>
    </message>
    <message numerus="yes">
        <source> (with %n key file(s))</source>
        <translation>
            <numerusform> (mit %n Schlüsseldatei)</numerusform>
            <numerusform> (mit %n Schlüsseldateien)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::GceApi</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 could not be read: %3</source>
        <translation>Die Antwort von %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The operation %1 did not finish in time.</source>
        <translation>Der Vorgang %1 wurde nicht rechtzeitig fertig.</translation>
    </message>
</context>
<context>
    <name>cd::GceProvider</name>
    <message>
        <source>A create needs a cluster, an image and at least one node name.</source>
        <translation>Zum Anlegen braucht es einen Cluster, ein Image und mindestens einen Knotennamen.</translation>
    </message>
    <message>
        <source>A create needs a machine type (flavor).</source>
        <translation>Zum Anlegen braucht es einen Maschinentyp (Flavor).</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message>
        <source>an instance named “%1” already exists and is not this node</source>
        <translation>eine Instanz namens „%1“ existiert bereits und ist nicht dieser Knoten</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more failure(s))</source>
        <translation>
            <numerusform>(und %n weiterer Fehler)</numerusform>
            <numerusform>(und %n weitere Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>The public key “%1” is not an OpenSSH key line.</source>
        <translation>Der öffentliche Schlüssel „%1“ ist keine OpenSSH-Schlüsselzeile.</translation>
    </message>
    <message>
        <source>The cloud does not know this instance (any more).</source>
        <translation>Die Cloud kennt diese Instanz nicht (mehr).</translation>
    </message>
    <message>
        <source>the account&apos;s service account key</source>
        <translation>der Dienstkontoschlüssel des Kontos</translation>
    </message>
    <message>
        <source>The GCE account “%1” has a refresh token but no gce_client_id or gce_client_secret.</source>
        <translation>Das GCE-Konto „%1“ hat ein Refresh-Token, aber keine gce_client_id oder kein gce_client_secret.</translation>
    </message>
    <message>
        <source>The GCE account “%1” has no credentials: add its service account key (service_account_json) or run `gcloud auth application-default login`.</source>
        <translation>Das GCE-Konto „%1“ hat keine Zugangsdaten: Fügen Sie seinen Dienstkontoschlüssel hinzu (service_account_json) oder führen Sie `gcloud auth application-default login` aus.</translation>
    </message>
    <message>
        <source>The Google credentials file %1 cannot be read: %2</source>
        <translation>Die Google-Zugangsdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The GCE account “%1”: %2 (%3)</source>
        <translation>Das GCE-Konto „%1“: %2 (%3)</translation>
    </message>
    <message>
        <source>No HTTP client was given to the GCE provider.</source>
        <translation>Dem GCE-Provider wurde kein HTTP-Client übergeben.</translation>
    </message>
    <message>
        <source>The GCE account “%1” names no project (gce_project_id).</source>
        <translation>Das GCE-Konto „%1“ nennt kein Projekt (gce_project_id).</translation>
    </message>
    <message>
        <source>The GCE endpoint “%1” of account “%2” is not an http(s) URL.</source>
        <translation>Der GCE-Endpunkt „%1“ des Kontos „%2“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>instance %1: %2</source>
        <translation>Instanz %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::GceTokenSource</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered without an access token.</source>
        <translation>Der Token-Endpunkt %1 hat ohne Zugriffstoken geantwortet.</translation>
    </message>
</context>
<context>
    <name>cd::HostKeyDialog</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Node %1 of cluster %2 presented a different host key.&lt;/b&gt;&lt;br&gt;It was refused. This happens when the machine was reinstalled or its address now belongs to another machine, but it is also what someone intercepting the connection would cause. Trust the new key only if you can confirm its fingerprint.</source>
        <translation>&lt;b&gt;Knoten %1 des Clusters %2 hat einen anderen Host-Schlüssel vorgelegt.&lt;/b&gt;&lt;br&gt;Er wurde abgelehnt. Das passiert, wenn der Rechner neu installiert wurde oder seine Adresse jetzt zu einem anderen Rechner gehört, aber genau das würde auch jemand verursachen, der die Verbindung abfängt. Vertrauen Sie dem neuen Schlüssel nur, wenn Sie seinen Fingerabdruck bestätigen können.</translation>
    </message>
    <message>
        <source>Recorded key:</source>
        <translation>Gespeicherter Schlüssel:</translation>
    </message>
    <message>
        <source>Presented key:</source>
        <translation>Vorgelegter Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Keep the recorded key; the node stays untrusted</source>
        <translation>Den gespeicherten Schlüssel behalten; der Knoten bleibt nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>&amp;Trust New Key</source>
        <translation>Neuem Schlüssel &amp;vertrauen</translation>
    </message>
    <message>
        <source>Replace the recorded key with the presented one</source>
        <translation>Den gespeicherten Schlüssel durch den vorgelegten ersetzen</translation>
    </message>
</context>
<context>
    <name>cd::HttpClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>The answer is longer than the %1 bytes accepted.</source>
        <translation>Die Antwort ist länger als die akzeptierten %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>cd::HttpExchange</name>
    <message>
        <source>The answer is %1 bytes long, more than the %2 accepted.</source>
        <translation>Die Antwort ist %1 Bytes lang, mehr als die akzeptierten %2.</translation>
    </message>
    <message>
        <source>The answer is longer than the %1 bytes accepted.</source>
        <translation>Die Antwort ist länger als die akzeptierten %1 Bytes.</translation>
    </message>
    <message>
        <source>The answer ended after %1 of %2 bytes.</source>
        <translation>Die Antwort endete nach %1 von %2 Bytes.</translation>
    </message>
</context>
<context>
    <name>cd::ImportCommand</name>
    <message>
        <source>Store the cluster under NAME.</source>
        <translation>Den Cluster unter NAME speichern.</translation>
    </message>
    <message>
        <source>A ZIP written by export.</source>
        <translation>Eine von export geschriebene ZIP-Datei.</translation>
    </message>
    <message>
        <source>import: give exactly one archive.</source>
        <translation>import: Geben Sie genau ein Archiv an.</translation>
    </message>
    <message>
        <source>import: “%1” is not a usable cluster name.</source>
        <translation>import: „%1“ ist kein verwendbarer Clustername.</translation>
    </message>
    <message>
        <source>A cluster named “%1” already exists; import it with --rename NAME.</source>
        <translation>Ein Cluster namens „%1“ existiert bereits; importieren Sie ihn mit --rename NAME.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the known_hosts file for “%1”.</source>
        <translation>Die known_hosts-Datei für „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cluster imported from %1.</source>
        <translation>Cluster aus %1 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported cluster “%1” with %n node(s).</source>
        <translation>
            <numerusform>Cluster „%1“ mit %n Knoten importiert.</numerusform>
            <numerusform>Cluster „%1“ mit %n Knoten importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ImportConfigCommand</name>
    <message>
        <source>ElastiCluster configuration files.</source>
        <translation>ElastiCluster-Konfigurationsdateien.</translation>
    </message>
    <message>
        <source>import-config: give at least one configuration file.</source>
        <translation>import-config: Geben Sie mindestens eine Konfigurationsdatei an.</translation>
    </message>
    <message>
        <source>import-config: %1 does not exist.</source>
        <translation>import-config: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Imported %1 cloud(s), %2 login(s), %3 setup(s) and %4 cluster template(s) from %5.</source>
        <translation>Importiert aus %5: %1 Cloud(s), %2 Anmeldung(en), %3 Einrichtung(en) und %4 Cluster-Vorlage(n).</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) stored in the keychain.</source>
        <translation>
            <numerusform>%n Zugangsdatum im Schlüsselbund gespeichert.</numerusform>
            <numerusform>%n Zugangsdaten im Schlüsselbund gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) cannot be started yet; `list-templates` says why.</source>
        <translation>
            <numerusform>%n Vorlage kann noch nicht gestartet werden; `list-templates` nennt den Grund.</numerusform>
            <numerusform>%n Vorlagen können noch nicht gestartet werden; `list-templates` nennt den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some sections were skipped because of the errors above; the rest was imported.</source>
        <translation>Einige Abschnitte wurden wegen der obigen Fehler übersprungen; der Rest wurde importiert.</translation>
    </message>
</context>
<context>
    <name>cd::ImportConfigFlow</name>
    <message>
        <source>Import ElastiCluster configuration</source>
        <translation>ElastiCluster-Konfiguration importieren</translation>
    </message>
    <message>
        <source>ElastiCluster configuration (config *.conf *.ini);;All files (*)</source>
        <translation>ElastiCluster-Konfiguration (config *.conf *.ini);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Imported %1 cloud(s), %2 login(s), %3 setup(s) and %4 cluster template(s).</source>
        <translation>Importiert: %1 Cloud(s), %2 Anmeldung(en), %3 Einrichtung(en) und %4 Cluster-Vorlage(n).</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) cannot be started yet; the details say why.</source>
        <translation>
            <numerusform>%n Vorlage kann noch nicht gestartet werden; die Details nennen den Grund.</numerusform>
            <numerusform>%n Vorlagen können noch nicht gestartet werden; die Details nennen den Grund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) made sections be skipped.</source>
        <translation>
            <numerusform>Wegen %n Problem wurden Abschnitte übersprungen.</numerusform>
            <numerusform>Wegen %n Problemen wurden Abschnitte übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Es wurde nichts importiert.
%1</translation>
    </message>
</context>
<context>
    <name>cd::ImportConfigJob</name>
    <message>
        <source>Internal error: the import has no repository or keychain.</source>
        <translation>Interner Fehler: Der Import hat kein Repository oder keinen Schlüsselbund.</translation>
    </message>
    <message>
        <source>No configuration file given.</source>
        <translation>Keine Konfigurationsdatei angegeben.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n secret(s) in the keychain</source>
        <translation>
            <numerusform>%n Geheimnis wird im Schlüsselbund gespeichert</numerusform>
            <numerusform>%n Geheimnisse werden im Schlüsselbund gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret %1 could not be stored in the keychain, so nothing was imported. %2</source>
        <translation>Das Geheimnis %1 konnte nicht im Schlüsselbund gespeichert werden, daher wurde nichts importiert. %2</translation>
    </message>
    <message>
        <source>Internal error: the repository went away during the import.</source>
        <translation>Interner Fehler: Das Repository ist während des Imports verschwunden.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>cd::InfoCommand</name>
    <message>
        <source>info: unknown argument &apos;%1&apos;.</source>
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
    <name>cd::JobNotifier</name>
    <message>
        <source>%1 of %2 failed</source>
        <translation>%1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 von %2 abgeschlossen</translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>It succeeded.</source>
        <translation>Der Vorgang war erfolgreich.</translation>
    </message>
</context>
<context>
    <name>cd::ListCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>list: unexpected argument &apos;%1&apos;.</source>
        <translation>list: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>No clusters yet. Start one with `clusterdeck-cli start TEMPLATE`.</source>
        <translation>Noch keine Cluster. Starten Sie einen mit `clusterdeck-cli start TEMPLATE`.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>CLOUD</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
</context>
<context>
    <name>cd::ListNodesCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Ask the cloud and probe the nodes over SSH before listing.</source>
        <translation>Vor dem Auflisten die Cloud fragen und die Knoten über SSH prüfen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>PUBLIC IP</source>
        <translation>ÖFFENTLICHE IP</translation>
    </message>
    <message>
        <source>PRIVATE IP</source>
        <translation>PRIVATE IP</translation>
    </message>
    <message>
        <source>FLAVOR</source>
        <translation>FLAVOR</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>Updating “%1” was cancelled.</source>
        <translation>Die Aktualisierung von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not update “%1”: %2</source>
        <translation>„%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>cd::ListTemplatesCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only templates whose names match.</source>
        <translation>Nur Vorlagen, deren Namen passen.</translation>
    </message>
    <message>
        <source>No templates. Import an ElastiCluster config with `clusterdeck-cli import-config FILE`.</source>
        <translation>Keine Vorlagen. Importieren Sie eine ElastiCluster-Konfiguration mit `clusterdeck-cli import-config FILE`.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>CLOUD</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
</context>
<context>
    <name>cd::LivenessProbe</name>
    <message>
        <source>Node %1 has no usable address.</source>
        <translation>Knoten %1 hat keine verwendbare Adresse.</translation>
    </message>
    <message>
        <source>`%1` exited with status %2 on %3.</source>
        <translation>`%1` endete mit Status %2 auf %3.</translation>
    </message>
    <message>
        <source>no attempt completed</source>
        <translation>kein Versuch abgeschlossen</translation>
    </message>
    <message>
        <source>Node %1 was not reachable over SSH within %2 s; last error: %3</source>
        <translation>Knoten %1 war nicht innerhalb von %2 s über SSH erreichbar; letzter Fehler: %3</translation>
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
        <source>&amp;Import ElastiCluster config…</source>
        <translation>ElastiCluster-Konfiguration &amp;importieren…</translation>
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
    <message>
        <source>Import cluster templates, clouds, logins and setups from ElastiCluster config files; passwords and keys go to the keychain</source>
        <translation>Cluster-Vorlagen, Clouds, Anmeldungen und Einrichtungen aus ElastiCluster-Konfigurationsdateien importieren; Passwörter und Schlüssel kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Show or hide the setup timeline</source>
        <translation>Zeitleiste der Einrichtung ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Show or hide the terminals</source>
        <translation>Terminals ein- oder ausblenden</translation>
    </message>
    <message>
        <source>%1: the new host key is trusted; refresh to reach the node again.</source>
        <translation>%1: Dem neuen Host-Schlüssel wird vertraut; aktualisieren Sie, um den Knoten wieder zu erreichen.</translation>
    </message>
    <message>
        <source>%1: the changed host key was refused; the node stays untrusted.</source>
        <translation>%1: Der geänderte Host-Schlüssel wurde abgelehnt; der Knoten bleibt nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Show or hide the node metrics</source>
        <translation>Knotenmetriken ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Close ClusterDeck; running clusters keep running</source>
        <translation>ClusterDeck schließen; laufende Cluster laufen weiter</translation>
    </message>
    <message>
        <source>The version and where your data is</source>
        <translation>Die Version und wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>The Qt version ClusterDeck runs on</source>
        <translation>Die Qt-Version, auf der ClusterDeck läuft</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Werkzeugleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Show or hide the cluster&apos;s events</source>
        <translation>Die Ereignisse des Clusters ein- oder ausblenden</translation>
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
    <name>cd::MetricsChart</name>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>Arbeitsspeicher %</translation>
    </message>
    <message>
        <source>Disk %</source>
        <translation>Festplatte %</translation>
    </message>
    <message>
        <source>Select a node</source>
        <translation>Wählen Sie einen Knoten</translation>
    </message>
    <message>
        <source>%1, last hour</source>
        <translation>%1, letzte Stunde</translation>
    </message>
</context>
<context>
    <name>cd::MetricsSampler</name>
    <message>
        <source>The node&apos;s answer could not be read.</source>
        <translation>Die Antwort des Knotens konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>cd::MetricsTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The last hour, sampled over SSH</source>
        <translation>Die letzte Stunde, über SSH erfasst</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
</context>
<context>
    <name>cd::MetricsView</name>
    <message>
        <source>Load, memory and disk of the selected cluster&apos;s ready nodes, sampled over SSH; the last hour is kept.</source>
        <translation>Last, Arbeitsspeicher und Festplatte der bereiten Knoten des gewählten Clusters, über SSH erfasst; die letzte Stunde wird behalten.</translation>
    </message>
</context>
<context>
    <name>cd::NodeTableModel</name>
    <message>
        <source>%1d %2h</source>
        <translation>%1 T %2 Std</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 Std %2 Min</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>Öffentliche IP</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message numerus="yes">
        <source>1-minute load average over the last hour (%n sample(s), taken over SSH)</source>
        <translation>
            <numerusform>1-Minuten-Lastmittel der letzten Stunde (%n Messwert, über SSH erhoben)</numerusform>
            <numerusform>1-Minuten-Lastmittel der letzten Stunde (%n Messwerte, über SSH erhoben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
</context>
<context>
    <name>cd::NodeTerminals</name>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>&amp;Terminal öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy SSH Command</source>
        <translation>SSH-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;System Terminal</source>
        <translation>Im &amp;Systemterminal öffnen</translation>
    </message>
    <message>
        <source>Browse &amp;Files (SFTP)…</source>
        <translation>&amp;Dateien durchsuchen (SFTP)…</translation>
    </message>
    <message>
        <source>Browse, upload and download files of the selected node</source>
        <translation>Dateien des gewählten Knotens durchsuchen, hoch- und herunterladen</translation>
    </message>
    <message>
        <source>Open a terminal on the selected node (or double-click the node)</source>
        <translation>Ein Terminal auf dem gewählten Knoten öffnen (oder auf den Knoten doppelklicken)</translation>
    </message>
    <message>
        <source>Copy the ssh command line for the selected node</source>
        <translation>Die ssh-Befehlszeile für den gewählten Knoten kopieren</translation>
    </message>
    <message>
        <source>Open the selected node in your own terminal emulator with ssh</source>
        <translation>Den gewählten Knoten mit ssh in Ihrem eigenen Terminalemulator öffnen</translation>
    </message>
    <message>
        <source>There is no node “%1” in cluster “%2”.</source>
        <translation>Es gibt keinen Knoten „%1“ im Cluster „%2“.</translation>
    </message>
    <message>
        <source>Node “%1” is not known to be reachable (%2); trying anyway.</source>
        <translation>Knoten „%1“ ist nicht als erreichbar bekannt (%2); es wird trotzdem versucht.</translation>
    </message>
</context>
<context>
    <name>cd::OpenStackProvider</name>
    <message>
        <source>A server needs a flavor.</source>
        <translation>Ein Server braucht einen Flavor.</translation>
    </message>
    <message>
        <source>flavor “%1”: the cloud has no such flavor.</source>
        <translation>Flavor „%1“: Die Cloud hat keinen solchen Flavor.</translation>
    </message>
    <message>
        <source>A create needs a cluster, an image and at least one node name.</source>
        <translation>Zum Anlegen braucht es einen Cluster, ein Image und mindestens einen Knotennamen.</translation>
    </message>
    <message>
        <source>server group “%1”: %2</source>
        <translation>Servergruppe „%1“: %2</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>Knoten %1: %2</translation>
    </message>
    <message>
        <source>Nova created no server.</source>
        <translation>Nova hat keinen Server angelegt.</translation>
    </message>
    <message>
        <source>Only %1 of at least %2 %3 servers could be created: %4</source>
        <translation>Nur %1 von mindestens %2 %3-Servern konnten angelegt werden: %4</translation>
    </message>
    <message>
        <source>No HTTP client was given to the OpenStack provider.</source>
        <translation>Dem OpenStack-Provider wurde kein HTTP-Client übergeben.</translation>
    </message>
    <message>
        <source>The OpenStack account “%1” names no Keystone URL (auth_url).</source>
        <translation>Das OpenStack-Konto „%1“ nennt keine Keystone-URL (auth_url).</translation>
    </message>
    <message>
        <source>The Keystone URL “%1” of account “%2” is not an http(s) URL.</source>
        <translation>Die Keystone-URL „%1“ des Kontos „%2“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>The OpenStack account “%1”: cacert “%2” holds no readable PEM certificate.</source>
        <translation>Das OpenStack-Konto „%1“: cacert „%2“ enthält kein lesbares PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The OpenStack account “%1” has an application credential secret but no application_credential_id (or name and username).</source>
        <translation>Das OpenStack-Konto „%1“ hat ein Geheimnis für Application Credentials, aber keine application_credential_id (oder Name und Benutzername).</translation>
    </message>
    <message>
        <source>The OpenStack account “%1” has no username.</source>
        <translation>Das OpenStack-Konto „%1“ hat keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>The OpenStack account “%1” has no password (a secret).</source>
        <translation>Das OpenStack-Konto „%1“ hat kein Passwort (ein Geheimnis).</translation>
    </message>
    <message>
        <source>The OpenStack account “%1”: compute_api_version must look like 2.52, not “%2”.</source>
        <translation>Das OpenStack-Konto „%1“: compute_api_version muss wie 2.52 aussehen, nicht „%2“.</translation>
    </message>
    <message>
        <source>Key pair “%1”: not an OpenSSH public key line.</source>
        <translation>Schlüsselpaar „%1“: keine Zeile eines öffentlichen OpenSSH-Schlüssels.</translation>
    </message>
    <message>
        <source>A different key is already registered as key pair “%1” (fingerprint %2 in the cloud, %3 here). Remove it from the cloud or choose another name.</source>
        <translation>Ein anderer Schlüssel ist bereits als Schlüsselpaar „%1“ registriert (Fingerabdruck %2 in der Cloud, %3 hier). Entfernen Sie ihn aus der Cloud oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Key pair “%1” vanished while importing it.</source>
        <translation>Schlüsselpaar „%1“ ist beim Importieren verschwunden.</translation>
    </message>
    <message>
        <source>Key pair “%1”: %2</source>
        <translation>Schlüsselpaar „%1“: %2</translation>
    </message>
    <message>
        <source>The cloud does not know this server (any more).</source>
        <translation>Die Cloud kennt diesen Server nicht (mehr).</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>A security group needs a name.</source>
        <translation>Eine Sicherheitsgruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Security group “%1” vanished while creating it.</source>
        <translation>Sicherheitsgruppe „%1“ ist beim Anlegen verschwunden.</translation>
    </message>
    <message>
        <source>ClusterDeck: %1</source>
        <translation>ClusterDeck: %1</translation>
    </message>
    <message>
        <source>rule for the cluster&apos;s members</source>
        <translation>Regel für die Mitglieder des Clusters</translation>
    </message>
    <message>
        <source>SSH rule</source>
        <translation>SSH-Regel</translation>
    </message>
    <message>
        <source>No external network to take floating IPs from; set floating_network_id.</source>
        <translation>Kein externes Netzwerk, aus dem Floating IPs bezogen werden können; setzen Sie floating_network_id.</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s network port.</source>
        <translation>Warten auf den Netzwerkport des Servers.</translation>
    </message>
    <message>
        <source>Waiting for floating IP %1.</source>
        <translation>Warten auf Floating IP %1.</translation>
    </message>
    <message>
        <source>Allocating a floating IP.</source>
        <translation>Floating IP wird zugewiesen.</translation>
    </message>
    <message>
        <source>No floating IP: %1</source>
        <translation>Keine Floating IP: %1</translation>
    </message>
    <message>
        <source>floating IP %1</source>
        <translation>Floating IP %1</translation>
    </message>
</context>
<context>
    <name>cd::OrphanScan</name>
    <message>
        <source>no cluster tag</source>
        <translation>kein Cluster-Tag</translation>
    </message>
    <message>
        <source>cluster “%1” is not known</source>
        <translation>Cluster „%1“ ist nicht bekannt</translation>
    </message>
    <message>
        <source>no node of cluster “%1” holds it</source>
        <translation>kein Knoten des Clusters „%1“ hat sie</translation>
    </message>
    <message>
        <source>There is no usable cloud account to scan.</source>
        <translation>Es gibt kein verwendbares Cloud-Konto zum Durchsuchen.</translation>
    </message>
    <message>
        <source>Account “%1”: %2</source>
        <translation>Konto „%1“: %2</translation>
    </message>
    <message>
        <source>Account “%1”: its cloud cannot search instances by tag; skipped.</source>
        <translation>Konto „%1“: Seine Cloud kann Instanzen nicht nach Tag suchen; übersprungen.</translation>
    </message>
</context>
<context>
    <name>cd::OrphanScanFlow</name>
    <message>
        <source>Scan for &amp;Orphans…</source>
        <translation>Nach verwaisten &amp;Instanzen suchen…</translation>
    </message>
    <message>
        <source>Look in every cloud account for instances with ClusterDeck&apos;s tags that no cluster knows (they cost money); nothing is changed</source>
        <translation>In jedem Cloud-Konto nach Instanzen mit den Tags von ClusterDeck suchen, die kein Cluster kennt (sie kosten Geld); nichts wird verändert</translation>
    </message>
    <message>
        <source>Scanning the cloud accounts for orphaned instances…</source>
        <translation>Die Cloud-Konten werden nach verwaisten Instanzen durchsucht…</translation>
    </message>
    <message>
        <source>%1: instance %2 (%3%4, %5): %6</source>
        <translation>%1: Instanz %2 (%3%4, %5): %6</translation>
    </message>
    <message>
        <source>No orphaned instances found.</source>
        <translation>Keine verwaisten Instanzen gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned instance(s) found.</source>
        <translation>
            <numerusform>%n verwaiste Instanz gefunden.</numerusform>
            <numerusform>%n verwaiste Instanzen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan for Orphans</source>
        <translation>Nach verwaisten Instanzen suchen</translation>
    </message>
    <message>
        <source>They carry ClusterDeck&apos;s tags but no cluster holds them, so nothing will stop them. Adopt gives those of stored clusters back to their cluster; terminate the others in the cloud&apos;s console or with “clusterdeck-cli scan-orphans --terminate”.</source>
        <translation>Sie tragen die Tags von ClusterDeck, aber kein Cluster hält sie, also hält sie nichts an. „Übernehmen“ gibt die Instanzen gespeicherter Cluster ihrem Cluster zurück; beenden Sie die anderen in der Konsole der Cloud oder mit „clusterdeck-cli scan-orphans --terminate“.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Adopt %n</source>
        <translation>
            <numerusform>%n &amp;übernehmen</numerusform>
            <numerusform>%n &amp;übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Make these instances the nodes of their clusters again: their tags name clusters ClusterDeck stores</source>
        <translation>Diese Instanzen wieder zu Knoten ihrer Cluster machen: Ihre Tags nennen Cluster, die ClusterDeck gespeichert hat</translation>
    </message>
    <message>
        <source>Instance %1 was not adopted: %2</source>
        <translation>Instanz %1 wurde nicht übernommen: %2</translation>
    </message>
    <message>
        <source>Instance %1 adopted as node %2 of cluster “%3”.</source>
        <translation>Instanz %1 als Knoten %2 des Clusters „%3“ übernommen.</translation>
    </message>
    <message>
        <source>Cluster “%1” was not refreshed: %2</source>
        <translation>Cluster „%1“ wurde nicht aktualisiert: %2</translation>
    </message>
</context>
<context>
    <name>cd::PauseClusterJob</name>
    <message>
        <source>The cloud did not report every instance stopped within %1 s.</source>
        <translation>Die Cloud hat nicht innerhalb von %1 s alle Instanzen als angehalten gemeldet.</translation>
    </message>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>No cloud provider for cluster “%1”.</source>
        <translation>Kein Cloud-Provider für Cluster „%1“.</translation>
    </message>
    <message>
        <source>The cloud cannot stop instances.</source>
        <translation>Die Cloud kann keine Instanzen anhalten.</translation>
    </message>
    <message>
        <source>Cluster “%1” has no running nodes to pause.</source>
        <translation>Cluster „%1“ hat keine laufenden Knoten zum Pausieren.</translation>
    </message>
    <message numerus="yes">
        <source>Pausing: stopping %n instance(s).</source>
        <translation>
            <numerusform>Pausieren: %n Instanz wird angehalten.</numerusform>
            <numerusform>Pausieren: %n Instanzen werden angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n instance(s).</source>
        <translation>
            <numerusform>%n Instanz wird angehalten.</numerusform>
            <numerusform>%n Instanzen werden angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 instance(s) stopped.</source>
        <translation>%1 Instanz(en) angehalten.</translation>
    </message>
    <message>
        <source>Pausing failed: %1</source>
        <translation>Pausieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cluster paused.</source>
        <translation>Cluster pausiert.</translation>
    </message>
    <message>
        <source>Pause cancelled; the stop call already made stands.</source>
        <translation>Pausieren abgebrochen; der bereits erfolgte Stopp-Aufruf bleibt bestehen.</translation>
    </message>
</context>
<context>
    <name>cd::PauseCommand</name>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung fragen.</translation>
    </message>
    <message>
        <source>pause: this stops every node of “%1”; pass --yes to confirm when not at a terminal.</source>
        <translation>pause: Dies hält jeden Knoten von „%1“ an; geben Sie --yes zur Bestätigung an, wenn Sie nicht an einem Terminal sind.</translation>
    </message>
    <message>
        <source>This stops every node of “%1”. Type its name to confirm: </source>
        <translation>Dies hält jeden Knoten von „%1“ an. Geben Sie zur Bestätigung seinen Namen ein: </translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Nicht bestätigt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cluster “%1” paused.</source>
        <translation>Cluster „%1“ pausiert.</translation>
    </message>
</context>
<context>
    <name>cd::ProviderBoundJob</name>
    <message>
        <source>Internal error: no controller.</source>
        <translation>Interner Fehler: kein Controller.</translation>
    </message>
    <message>
        <source>Connecting to the cloud account “%1”</source>
        <translation>Verbindung zum Cloud-Konto „%1“ wird hergestellt</translation>
    </message>
</context>
<context>
    <name>cd::RefreshStatusJob</name>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>No cloud provider for cluster “%1”.</source>
        <translation>Kein Cloud-Provider für Cluster „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Asking the cloud for the state of %n node(s).</source>
        <translation>
            <numerusform>Die Cloud wird nach dem Zustand von %n Knoten gefragt.</numerusform>
            <numerusform>Die Cloud wird nach dem Zustand von %n Knoten gefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the cloud for node states failed: %1</source>
        <translation>Die Abfrage der Knotenzustände bei der Cloud ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The cloud no longer lists the instance %1.</source>
        <translation>Die Cloud führt die Instanz %1 nicht mehr auf.</translation>
    </message>
    <message>
        <source>The cloud reports the instance %1 (%2).</source>
        <translation>Die Cloud meldet die Instanz %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Probing %n node(s) over SSH.</source>
        <translation>
            <numerusform>%n Knoten wird über SSH geprüft.</numerusform>
            <numerusform>%n Knoten werden über SSH geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host key changed; the node is not trusted: %1</source>
        <translation>Der Host-Schlüssel hat sich geändert; dem Knoten wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Not reachable over SSH: %1</source>
        <translation>Über SSH nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes reachable.</source>
        <translation>%1 von %2 Knoten erreichbar.</translation>
    </message>
</context>
<context>
    <name>cd::RemoveCommand</name>
    <message>
        <source>Forget the cluster even if instances may still run.</source>
        <translation>Den Cluster vergessen, auch wenn noch Instanzen laufen könnten.</translation>
    </message>
    <message>
        <source>Cluster “%1” may still have running instances: %2.
Destroy it with `clusterdeck-cli stop %1`, or pass --force to forget it anyway (the instances are then yours to delete).</source>
        <translation>Cluster „%1“ hat möglicherweise noch laufende Instanzen: %2.
Zerstören Sie ihn mit `clusterdeck-cli stop %1`, oder geben Sie --force an, um ihn trotzdem zu vergessen (die Instanzen müssen Sie dann selbst löschen).</translation>
    </message>
    <message>
        <source>Cluster removed from ClusterDeck.</source>
        <translation>Cluster aus ClusterDeck entfernt.</translation>
    </message>
    <message>
        <source>Cluster removed with --force while these may still run: %1</source>
        <translation>Cluster mit --force entfernt, obwohl diese noch laufen könnten: %1</translation>
    </message>
    <message>
        <source>Removed cluster “%1”.</source>
        <translation>Cluster „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>cd::ResizeClusterDialog</name>
    <message>
        <source>Resize cluster %1</source>
        <translation>Größe von Cluster %1 ändern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kind&lt;/b&gt;</source>
        <translation>&lt;b&gt;Art&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hinzufügen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remove&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entfernen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New %1 nodes, made like the others of this kind</source>
        <translation>Neue %1-Knoten, so angelegt wie die anderen dieser Art</translation>
    </message>
    <message>
        <source>The highest-numbered %1 nodes go; at least %2 stay (its minimum)</source>
        <translation>Die %1-Knoten mit den höchsten Nummern entfallen; mindestens %2 bleiben (ihr Minimum)</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>&amp;Größe ändern</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n node(s) and delete their disks</source>
        <translation>
            <numerusform>%n Knoten beenden und seine Festplatten löschen</numerusform>
            <numerusform>%n Knoten beenden und ihre Festplatten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose nodes to add or remove.</source>
        <translation>Wählen Sie Knoten zum Hinzufügen oder Entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) will be added</source>
        <translation>
            <numerusform>%n Knoten wird hinzugefügt</numerusform>
            <numerusform>%n Knoten werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n entfernt.</numerusform>
            <numerusform>%n entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup runs again so the cluster knows its members.</source>
        <translation>Die Einrichtung läuft erneut, damit der Cluster seine Mitglieder kennt.</translation>
    </message>
</context>
<context>
    <name>cd::ResizeClusterJob</name>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>No cloud provider for cluster “%1”.</source>
        <translation>Kein Cloud-Provider für Cluster „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Resize: terminating %n node(s): %1</source>
        <translation>
            <numerusform>Größe ändern: %n Knoten wird beendet: %1</numerusform>
            <numerusform>Größe ändern: %n Knoten werden beendet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminating %n node(s).</source>
        <translation>
            <numerusform>%n Knoten wird beendet.</numerusform>
            <numerusform>%n Knoten werden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminating the removed nodes failed: %1; they are kept as Terminating, run the resize again.</source>
        <translation>Das Beenden der entfernten Knoten ist fehlgeschlagen: %1; sie bleiben im Zustand „Wird beendet“, führen Sie die Größenänderung erneut aus.</translation>
    </message>
    <message>
        <source>Could not forget the removed nodes: %1</source>
        <translation>Die entfernten Knoten konnten nicht vergessen werden: %1</translation>
    </message>
    <message>
        <source>Resize: removed %1.</source>
        <translation>Größe ändern: %1 entfernt.</translation>
    </message>
    <message>
        <source>Could not store the new nodes: %1</source>
        <translation>Die neuen Knoten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Resize: adding %1.</source>
        <translation>Größe ändern: %1 wird hinzugefügt.</translation>
    </message>
    <message>
        <source>Internal error: nothing to start the new nodes with.</source>
        <translation>Interner Fehler: nichts, womit die neuen Knoten gestartet werden könnten.</translation>
    </message>
</context>
<context>
    <name>cd::ResizeCommand</name>
    <message>
        <source>Add N nodes of KIND (repeatable).</source>
        <translation>N Knoten der Art KIND hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Remove the N highest-numbered nodes of KIND (repeatable).</source>
        <translation>Die N Knoten der Art KIND mit den höchsten Nummern entfernen (wiederholbar).</translation>
    </message>
    <message>
        <source>Remove the node NAME (repeatable).</source>
        <translation>Den Knoten NAME entfernen (wiederholbar).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation before removing nodes.</source>
        <translation>Vor dem Entfernen von Knoten nicht um Bestätigung fragen.</translation>
    </message>
    <message>
        <source>resize: give --add, --remove or --remove-node.</source>
        <translation>resize: Geben Sie --add, --remove oder --remove-node an.</translation>
    </message>
    <message>
        <source>resize: this terminates nodes of “%1”; pass --yes to confirm when not at a terminal.</source>
        <translation>resize: Dies beendet Knoten von „%1“; geben Sie --yes zur Bestätigung an, wenn Sie nicht an einem Terminal sind.</translation>
    </message>
    <message>
        <source>This terminates nodes of “%1”. Type its name to confirm: </source>
        <translation>Dies beendet Knoten von „%1“. Geben Sie zur Bestätigung seinen Namen ein: </translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Nicht bestätigt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>Cluster “%1” resized.</source>
        <translation>Größe von Cluster „%1“ geändert.</translation>
    </message>
    <message>
        <source>Resize of “%1” cancelled.</source>
        <translation>Größenänderung von „%1“ abgebrochen.</translation>
    </message>
    <message>
        <source>Do not configure the nodes again afterwards (new nodes stay unconfigured).</source>
        <translation>Die Knoten danach nicht erneut einrichten (neue Knoten bleiben unkonfiguriert).</translation>
    </message>
</context>
<context>
    <name>cd::ResumeClusterJob</name>
    <message>
        <source>Not every node was running and reachable within %1 s.</source>
        <translation>Nicht alle Knoten liefen und waren innerhalb von %1 s erreichbar.</translation>
    </message>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>No cloud provider for cluster “%1”.</source>
        <translation>Kein Cloud-Provider für Cluster „%1“.</translation>
    </message>
    <message>
        <source>The cloud cannot start stopped instances.</source>
        <translation>Die Cloud kann angehaltene Instanzen nicht starten.</translation>
    </message>
    <message>
        <source>Cluster “%1” has no paused nodes to resume.</source>
        <translation>Cluster „%1“ hat keine pausierten Knoten zum Fortsetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Resuming: starting %n instance(s).</source>
        <translation>
            <numerusform>Fortsetzen: %n Instanz wird gestartet.</numerusform>
            <numerusform>Fortsetzen: %n Instanzen werden gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting %n instance(s).</source>
        <translation>
            <numerusform>%n Instanz wird gestartet.</numerusform>
            <numerusform>%n Instanzen werden gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Probing %n node(s) over SSH.</source>
        <translation>
            <numerusform>%n Knoten wird über SSH geprüft.</numerusform>
            <numerusform>%n Knoten werden über SSH geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host key changed; the node is not trusted: %1</source>
        <translation>Der Host-Schlüssel hat sich geändert; dem Knoten wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Resuming failed: no node is reachable.</source>
        <translation>Fortsetzen fehlgeschlagen: Kein Knoten ist erreichbar.</translation>
    </message>
    <message>
        <source>Resuming failed: %1</source>
        <translation>Fortsetzen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Resumed: %1 of %2 nodes reachable.</source>
        <translation>Fortgesetzt: %1 von %2 Knoten erreichbar.</translation>
    </message>
    <message>
        <source>%1 of %2 nodes reachable.</source>
        <translation>%1 von %2 Knoten erreichbar.</translation>
    </message>
    <message>
        <source>Resume cancelled; the start call already made stands.</source>
        <translation>Fortsetzen abgebrochen; der bereits erfolgte Start-Aufruf bleibt bestehen.</translation>
    </message>
    <message numerus="yes">
        <source>Came back at %1 (was %2); %n recorded host key(s) now stand for the new address.</source>
        <translation>
            <numerusform>Unter %1 zurück (vorher %2); %n gespeicherter Host-Schlüssel gilt jetzt für die neue Adresse.</numerusform>
            <numerusform>Unter %1 zurück (vorher %2); %n gespeicherte Host-Schlüssel gelten jetzt für die neue Adresse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ResumeCommand</name>
    <message>
        <source>Cluster “%1” resumed.</source>
        <translation>Cluster „%1“ fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>cd::ScanOrphansCommand</name>
    <message>
        <source>Scan only this cloud account.</source>
        <translation>Nur dieses Cloud-Konto durchsuchen.</translation>
    </message>
    <message>
        <source>Terminate the orphaned instances found.</source>
        <translation>Die gefundenen verwaisten Instanzen beenden.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>scan-orphans: unexpected argument “%1”.</source>
        <translation>scan-orphans: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Account “%1” cannot be used: %2</source>
        <translation>Konto „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Account “%1”: %2</source>
        <translation>Konto „%1“: %2</translation>
    </message>
    <message>
        <source>Account “%1”: its cloud cannot search instances by tag; skipped.</source>
        <translation>Konto „%1“: Seine Cloud kann Instanzen nicht nach Tag suchen; übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Account “%1”: terminating %n orphaned instance(s).</source>
        <translation>
            <numerusform>Konto „%1“: %n verwaiste Instanz wird beendet.</numerusform>
            <numerusform>Konto „%1“: %n verwaiste Instanzen werden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orphaned instances found.</source>
        <translation>Keine verwaisten Instanzen gefunden.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>TERMINATED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>Make each orphaned instance the node of its cluster again, where its tags name a stored cluster.</source>
        <translation>Jede verwaiste Instanz wieder zum Knoten ihres Clusters machen, wo ihre Tags einen gespeicherten Cluster nennen.</translation>
    </message>
    <message>
        <source>scan-orphans: --terminate and --adopt exclude each other.</source>
        <translation>scan-orphans: --terminate und --adopt schließen einander aus.</translation>
    </message>
    <message>
        <source>ADOPTED AS</source>
        <translation>ÜBERNOMMEN ALS</translation>
    </message>
    <message>
        <source>not adopted: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Adopt those of stored clusters with `clusterdeck-cli scan-orphans --adopt`, or terminate them with `clusterdeck-cli scan-orphans --terminate`.</source>
        <translation>Übernehmen Sie die Instanzen gespeicherter Cluster mit `clusterdeck-cli scan-orphans --adopt` oder beenden Sie sie mit `clusterdeck-cli scan-orphans --terminate`.</translation>
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
<context>
    <name>cd::SetupClusterJob</name>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>Cluster “%1” has no setup profile: there is nothing to configure.</source>
        <translation>Cluster „%1“ hat kein Einrichtungsprofil: Es gibt nichts einzurichten.</translation>
    </message>
    <message>
        <source>The setup profile “%1” of cluster “%2” no longer exists.</source>
        <translation>Das Einrichtungsprofil „%1“ des Clusters „%2“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot create the run directory %1.</source>
        <translation>Das Laufverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No setup provider is available.</source>
        <translation>Kein Einrichtungs-Provider verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>Setup of %n node(s) started; the run is kept in %1.</source>
        <translation>
            <numerusform>Einrichtung von %n Knoten gestartet; der Lauf wird in %1 abgelegt.</numerusform>
            <numerusform>Einrichtung von %n Knoten gestartet; der Lauf wird in %1 abgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <source>Task “%1” failed: %2</source>
        <translation>Aufgabe „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Unreachable during “%1”: %2</source>
        <translation>Nicht erreichbar während „%1“: %2</translation>
    </message>
    <message>
        <source>Unreachable during setup: %1</source>
        <translation>Nicht erreichbar während der Einrichtung: %1</translation>
    </message>
    <message>
        <source>Setup task %1</source>
        <translation>Einrichtungsaufgabe %1</translation>
    </message>
    <message numerus="yes">
        <source>Setup finished: %n node(s) ready.</source>
        <translation>
            <numerusform>Einrichtung abgeschlossen: %n Knoten bereit.</numerusform>
            <numerusform>Einrichtung abgeschlossen: %n Knoten bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup was cancelled.</source>
        <translation>Die Einrichtung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Setup failed: %1 Run `clusterdeck-cli setup %2` to try again; the run&apos;s log is in %3.</source>
        <translation>Einrichtung fehlgeschlagen: %1 Führen Sie `clusterdeck-cli setup %2` aus, um es erneut zu versuchen; das Protokoll des Laufs liegt in %3.</translation>
    </message>
</context>
<context>
    <name>cd::SetupCommand</name>
    <message>
        <source>task %1%2 “%3” %4: %5</source>
        <translation>Aufgabe %1%2 „%3“ %4: %5</translation>
    </message>
    <message>
        <source>Cluster “%1” is configured.</source>
        <translation>Cluster „%1“ ist eingerichtet.</translation>
    </message>
    <message>
        <source>Setup of “%1” cancelled.</source>
        <translation>Einrichtung von „%1“ abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cd::SetupTimelineDelegate</name>
    <message>
        <source>%1: %2, %3 s</source>
        <translation>%1: %2, %3 s</translation>
    </message>
</context>
<context>
    <name>cd::SetupTimelineModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Last task</source>
        <translation>Letzte Aufgabe</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>cd::SetupTimelineView</name>
    <message>
        <source>&amp;Re-run Setup</source>
        <translation>Einrichtung &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Configure the cluster&apos;s reachable nodes again (Ansible)</source>
        <translation>Die erreichbaren Knoten des Clusters erneut einrichten (Ansible)</translation>
    </message>
    <message>
        <source>Hover a box for the task, its result and duration</source>
        <translation>Bewegen Sie den Mauszeiger über ein Kästchen, um Aufgabe, Ergebnis und Dauer zu sehen</translation>
    </message>
    <message>
        <source>Select a cluster to see its setup.</source>
        <translation>Wählen Sie einen Cluster, um seine Einrichtung zu sehen.</translation>
    </message>
    <message>
        <source>“%1” has no setup profile.</source>
        <translation>„%1“ hat kein Einrichtungsprofil.</translation>
    </message>
    <message>
        <source>No setup has run for “%1” in this session.</source>
        <translation>Für „%1“ ist in dieser Sitzung keine Einrichtung gelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>Setup of “%1”: %n node(s).</source>
        <translation>
            <numerusform>Einrichtung von „%1“: %n Knoten.</numerusform>
            <numerusform>Einrichtung von „%1“: %n Knoten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup of “%1” finished.</source>
        <translation>Einrichtung von „%1“ abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>cd::SftpPane</name>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Nach oben</translation>
    </message>
    <message>
        <source>U&amp;pload…</source>
        <translation>Hoch&amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Files on %1</source>
        <translation>Dateien auf %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Drop files here to upload them into the folder shown.</source>
        <translation>Legen Sie Dateien hier ab, um sie in den angezeigten Ordner hochzuladen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>der Anmeldeordner</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1</source>
        <translation>
            <numerusform>%n Eintrag in %1</numerusform>
            <numerusform>%n Einträge in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Uploaded %1.</source>
        <translation>%1 hochgeladen.</translation>
    </message>
    <message>
        <source>Downloaded %1.</source>
        <translation>%1 heruntergeladen.</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Hochladen nach %1</translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation>%1 herunterladen nach</translation>
    </message>
</context>
<context>
    <name>cd::SshCommand</name>
    <message>
        <source>The node to log in to.</source>
        <translation>Der Knoten, an dem die Anmeldung erfolgt.</translation>
    </message>
    <message>
        <source>Print the ssh command, one argument per line, instead of running it.</source>
        <translation>Den ssh-Befehl ausgeben, ein Argument pro Zeile, statt ihn auszuführen.</translation>
    </message>
    <message>
        <source>Cluster “%1” has no nodes.</source>
        <translation>Cluster „%1“ hat keine Knoten.</translation>
    </message>
    <message>
        <source>Cluster “%1” has no node named “%2”.</source>
        <translation>Cluster „%1“ hat keinen Knoten namens „%2“.</translation>
    </message>
    <message>
        <source>Node “%1” is not reachable (%2)%3.</source>
        <translation>Knoten „%1“ ist nicht erreichbar (%2)%3.</translation>
    </message>
    <message>
        <source>Could not run ssh: %1</source>
        <translation>ssh konnte nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>cd::StartClusterJob</name>
    <message>
        <source>There is no cluster named “%1”.</source>
        <translation>Es gibt keinen Cluster namens „%1“.</translation>
    </message>
    <message>
        <source>No cloud provider for cluster “%1”.</source>
        <translation>Kein Cloud-Provider für Cluster „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n node(s).</source>
        <translation>
            <numerusform>%n Knoten wird gestartet.</numerusform>
            <numerusform>%n Knoten werden gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key pair “%1” could not be set up: %2</source>
        <translation>Das Schlüsselpaar „%1“ konnte nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>ClusterDeck cluster %1</source>
        <translation>ClusterDeck-Cluster %1</translation>
    </message>
    <message>
        <source>The security group could not be set up: %1</source>
        <translation>Die Sicherheitsgruppe konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Start cancelled.</source>
        <translation>Start abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Requesting %n %1 node(s).</source>
        <translation>
            <numerusform>%n %1-Knoten wird angefordert.</numerusform>
            <numerusform>%n %1-Knoten werden angefordert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the %1 nodes failed: %2</source>
        <translation>Das Anlegen der %1-Knoten ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The cloud created only %1 of the %2 %3 nodes asked for.</source>
        <translation>Die Cloud hat nur %1 der %2 angeforderten %3-Knoten angelegt.</translation>
    </message>
    <message>
        <source>Asking the cloud for node states failed (will retry): %1</source>
        <translation>Die Abfrage der Knotenzustände bei der Cloud ist fehlgeschlagen (wird wiederholt): %1</translation>
    </message>
    <message>
        <source>Host key changed; the node is not trusted: %1</source>
        <translation>Host-Schlüssel geändert; dem Knoten wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Not reachable over SSH: %1</source>
        <translation>Über SSH nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Not reachable over SSH within %1 s.</source>
        <translation>Nicht innerhalb von %1 s über SSH erreichbar.</translation>
    </message>
    <message>
        <source>Did not start within %1 s.</source>
        <translation>Nicht innerhalb von %1 s gestartet.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 nodes reachable, at least %4 needed</source>
        <translation>%1: %2 von %3 Knoten erreichbar, mindestens %4 nötig</translation>
    </message>
    <message>
        <source>The cluster could not be started (%1).</source>
        <translation>Der Cluster konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>The created nodes were kept, as asked.</source>
        <translation>Die angelegten Knoten wurden wie gewünscht behalten.</translation>
    </message>
    <message>
        <source>Started: %1 of %2 nodes reachable.</source>
        <translation>Gestartet: %1 von %2 Knoten erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>Terminating the %n instance(s) created.</source>
        <translation>
            <numerusform>Die angelegte Instanz (%n) wird beendet.</numerusform>
            <numerusform>Die %n angelegten Instanzen werden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminating the created instances failed (%1); run `clusterdeck-cli stop %2` to retry.</source>
        <translation>Das Beenden der angelegten Instanzen ist fehlgeschlagen (%1); führen Sie `clusterdeck-cli stop %2` aus, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The instances created were terminated.</source>
        <translation>Die angelegten Instanzen wurden beendet.</translation>
    </message>
</context>
<context>
    <name>cd::StartCommand</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>The cluster&apos;s name (default: the template&apos;s).</source>
        <translation>Der Name des Clusters (Vorgabe: der Name der Vorlage).</translation>
    </message>
    <message>
        <source>Node counts, overriding the template.</source>
        <translation>Knotenanzahlen, die die Vorlage überschreiben.</translation>
    </message>
    <message>
        <source>Seconds to wait for all nodes (default: start_timeout).</source>
        <translation>Sekunden, die auf alle Knoten gewartet wird (Vorgabe: start_timeout).</translation>
    </message>
    <message>
        <source>Keep created nodes when the start fails.</source>
        <translation>Angelegte Knoten behalten, wenn der Start fehlschlägt.</translation>
    </message>
    <message>
        <source>Do not configure the nodes after starting them.</source>
        <translation>Die Knoten nach dem Start nicht einrichten.</translation>
    </message>
    <message>
        <source>The cluster template.</source>
        <translation>Die Cluster-Vorlage.</translation>
    </message>
    <message>
        <source>start: give exactly one template name.</source>
        <translation>start: Geben Sie genau einen Vorlagennamen an.</translation>
    </message>
    <message>
        <source>start: --timeout wants a number of seconds.</source>
        <translation>start: --timeout erwartet eine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>Cluster “%1” exists; starting the nodes that are not running.</source>
        <translation>Cluster „%1“ existiert; die nicht laufenden Knoten werden gestartet.</translation>
    </message>
    <message>
        <source>Cluster “%1” is up.</source>
        <translation>Cluster „%1“ läuft.</translation>
    </message>
    <message>
        <source>Start of “%1” cancelled.</source>
        <translation>Start von „%1“ abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cd::StaticHostsProvider</name>
    <message>
        <source>“%1” is not a host name or address with an optional :port.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse mit optionalem :Port.</translation>
    </message>
    <message>
        <source>No hosts are listed (set `hosts = address, address:port, …`).</source>
        <translation>Es sind keine Hosts aufgeführt (setzen Sie `hosts = address, address:port, …`).</translation>
    </message>
    <message>
        <source>Account “%1”: %2</source>
        <translation>Konto „%1“: %2</translation>
    </message>
    <message>
        <source>Account “%1”: no folder to remember which hosts are in use.</source>
        <translation>Konto „%1“: kein Ordner, um zu speichern, welche Hosts belegt sind.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 hosts of “%3” are free; %4 are needed.</source>
        <translation>Nur %1 der %2 Hosts von „%3“ sind frei; %4 werden benötigt.</translation>
    </message>
    <message>
        <source>Cannot update %1.</source>
        <translation>%1 kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>cd::StopCommand</name>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Forget the cluster even if some nodes could not be terminated.</source>
        <translation>Den Cluster vergessen, auch wenn einige Knoten nicht beendet werden konnten.</translation>
    </message>
    <message>
        <source>Do not wait until the cloud reports the nodes terminated.</source>
        <translation>Nicht warten, bis die Cloud die Knoten als beendet meldet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: this destroys %n node(s) of “%2”; pass --yes to confirm when not at a terminal.</source>
        <translation>
            <numerusform>%1: Dies zerstört %n Knoten von „%2“; geben Sie --yes zur Bestätigung an, wenn Sie nicht an einem Terminal sind.</numerusform>
            <numerusform>%1: Dies zerstört %n Knoten von „%2“; geben Sie --yes zur Bestätigung an, wenn Sie nicht an einem Terminal sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This terminates %n node(s) of “%1” and forgets the cluster. Type its name to confirm: </source>
        <translation>
            <numerusform>Dies beendet %n Knoten von „%1“ und vergisst den Cluster. Geben Sie zur Bestätigung seinen Namen ein: </numerusform>
            <numerusform>Dies beendet %n Knoten von „%1“ und vergisst den Cluster. Geben Sie zur Bestätigung seinen Namen ein: </numerusform>
        </translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Nicht bestätigt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cluster “%1” destroyed.</source>
        <translation>Cluster „%1“ zerstört.</translation>
    </message>
</context>
<context>
    <name>cd::TemplateModel</name>
    <message>
        <source>(min %1)</source>
        <translation>(min. %1)</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Startbereit</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Node kinds</source>
        <translation>Knotenarten</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::TerminalSession</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>The session on %1 has ended.</source>
        <translation>Die Sitzung auf %1 wurde beendet.</translation>
    </message>
    <message>
        <source>The session on %1 has ended (exit status %2).</source>
        <translation>Die Sitzung auf %1 wurde beendet (Rückgabewert %2).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cannot write the session log %1: %2</source>
        <translation>Das Sitzungsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cd::TerminalTabs</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Copy SSH Command</source>
        <translation>SSH-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;System Terminal</source>
        <translation>Im &amp;Systemterminal öffnen</translation>
    </message>
    <message>
        <source>&amp;Broadcast Input</source>
        <translation>Eingabe &amp;rundsenden</translation>
    </message>
    <message>
        <source>&amp;Include in Broadcast</source>
        <translation>In Rundsendung &amp;einbeziehen</translation>
    </message>
    <message>
        <source>Include All of This &amp;Kind</source>
        <translation>Alle dieser &amp;Art einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Log to File…</source>
        <translation>In Datei &amp;protokollieren…</translation>
    </message>
    <message>
        <source>Close &amp;Terminal</source>
        <translation>&amp;Terminal schließen</translation>
    </message>
    <message>
        <source>Browse &amp;Files (SFTP)…</source>
        <translation>&amp;Dateien durchsuchen (SFTP)…</translation>
    </message>
    <message>
        <source>Type once into every terminal marked for broadcast</source>
        <translation>Einmal in alle zum Rundsenden markierten Terminals tippen</translation>
    </message>
    <message>
        <source>Append everything this terminal shows to a file</source>
        <translation>Alles, was dieses Terminal anzeigt, an eine Datei anhängen</translation>
    </message>
    <message>
        <source>Copy the ssh command line for this node to the clipboard</source>
        <translation>Die ssh-Befehlszeile für diesen Knoten in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open the node in your own terminal emulator with ssh</source>
        <translation>Den Knoten mit ssh in Ihrem eigenen Terminalemulator öffnen</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Stopped logging %1.</source>
        <translation>Protokollierung von %1 beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Broadcasting: what you type goes to %n marked terminal(s).</source>
        <translation>
            <numerusform>Rundsenden: Ihre Eingabe geht an %n markiertes Terminal.</numerusform>
            <numerusform>Rundsenden: Ihre Eingabe geht an %n markierte Terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 on cluster %2 (%3)</source>
        <translation>%1 im Cluster %2 (%3)</translation>
    </message>
    <message>
        <source>Include All “%1” Tabs of %2</source>
        <translation>Alle „%1“-Tabs von %2 einbeziehen</translation>
    </message>
    <message>
        <source>Copied the ssh command for %1.</source>
        <translation>ssh-Befehl für %1 kopiert.</translation>
    </message>
    <message>
        <source>No terminal emulator found (x-terminal-emulator, konsole, gnome-terminal, xterm).</source>
        <translation>Kein Terminalemulator gefunden (x-terminal-emulator, konsole, gnome-terminal, xterm).</translation>
    </message>
    <message>
        <source>The terminal emulator “%1” was not found.</source>
        <translation>Der Terminalemulator „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Opened %1 in %2.</source>
        <translation>%1 in %2 geöffnet.</translation>
    </message>
    <message>
        <source>Logging %1 to %2.</source>
        <translation>%1 wird in %2 protokolliert.</translation>
    </message>
    <message>
        <source>Log %1 to</source>
        <translation>%1 protokollieren nach</translation>
    </message>
</context>
<context>
    <name>cd::WizardAccountPage</name>
    <message>
        <source>Name and cloud</source>
        <translation>Name und Cloud</translation>
    </message>
    <message>
        <source>Name the cluster and choose where its nodes come from.</source>
        <translation>Benennen Sie den Cluster und wählen Sie, woher seine Knoten kommen.</translation>
    </message>
    <message>
        <source>Letters, digits and -, starting with a letter; node host names start with it</source>
        <translation>Buchstaben, Ziffern und -, beginnend mit einem Buchstaben; die Hostnamen der Knoten beginnen damit</translation>
    </message>
    <message>
        <source>Cluster na&amp;me:</source>
        <translation>Cluster&amp;name:</translation>
    </message>
    <message>
        <source>The cloud account or pool of machines the nodes come from</source>
        <translation>Das Cloud-Konto oder der Rechner-Pool, aus dem die Knoten kommen</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add, edit or test cloud accounts</source>
        <translation>Cloud-Konten hinzufügen, bearbeiten oder testen</translation>
    </message>
    <message>
        <source>&amp;Cloud account:</source>
        <translation>&amp;Cloud-Konto:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (nicht verwendbar)</translation>
    </message>
    <message>
        <source>Name the cluster.</source>
        <translation>Benennen Sie den Cluster.</translation>
    </message>
    <message>
        <source>Use letters, digits and -, starting with a letter (at most 63).</source>
        <translation>Verwenden Sie Buchstaben, Ziffern und -, beginnend mit einem Buchstaben (höchstens 63).</translation>
    </message>
    <message>
        <source>A cluster with this name exists.</source>
        <translation>Ein Cluster mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>There is no cloud account yet: add one with Accounts….</source>
        <translation>Es gibt noch kein Cloud-Konto: Fügen Sie eines mit Konten… hinzu.</translation>
    </message>
    <message>
        <source>Choose a cloud account.</source>
        <translation>Wählen Sie ein Cloud-Konto.</translation>
    </message>
    <message>
        <source>This account cannot be used: %1</source>
        <translation>Dieses Konto kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>cd::WizardCatalog</name>
    <message>
        <source>Loading images…</source>
        <translation>Images werden geladen…</translation>
    </message>
    <message>
        <source>Loading flavors…</source>
        <translation>Flavors werden geladen…</translation>
    </message>
    <message>
        <source>The cloud cannot be asked (%1); type the values.</source>
        <translation>Die Cloud kann nicht abgefragt werden (%1); geben Sie die Werte ein.</translation>
    </message>
    <message>
        <source>This cloud cannot list images; type the image&apos;s id.</source>
        <translation>Diese Cloud kann keine Images auflisten; geben Sie die ID des Image ein.</translation>
    </message>
    <message>
        <source>Searching images named like “%1”…</source>
        <translation>Images mit Namen wie „%1“ werden gesucht…</translation>
    </message>
    <message>
        <source>Images could not be listed (%1); type the image&apos;s id.</source>
        <translation>Images konnten nicht aufgelistet werden (%1); geben Sie die ID des Image ein.</translation>
    </message>
    <message>
        <source>The account has no images of its own; search by name or type an id.</source>
        <translation>Das Konto hat keine eigenen Images; suchen Sie nach Namen oder geben Sie eine ID ein.</translation>
    </message>
    <message>
        <source>No image is named like “%1”.</source>
        <translation>Kein Image hat einen Namen wie „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s).</source>
        <translation>
            <numerusform>%n Image.</numerusform>
            <numerusform>%n Images.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cloud cannot list flavors; type one.</source>
        <translation>Diese Cloud kann keine Flavors auflisten; geben Sie einen ein.</translation>
    </message>
    <message>
        <source>Flavors could not be listed (%1); type one.</source>
        <translation>Flavors konnten nicht aufgelistet werden (%1); geben Sie einen ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation>%1 RAM</translation>
    </message>
</context>
<context>
    <name>cd::WizardCommit</name>
    <message>
        <source>ClusterDeck is shutting down.</source>
        <translation>ClusterDeck wird beendet.</translation>
    </message>
</context>
<context>
    <name>cd::WizardKeyGen</name>
    <message>
        <source>ssh-keygen did not finish within 30 seconds.</source>
        <translation>ssh-keygen ist nicht innerhalb von 30 Sekunden fertig geworden.</translation>
    </message>
    <message>
        <source>ssh-keygen could not be started (%1). Is OpenSSH installed?</source>
        <translation>ssh-keygen konnte nicht gestartet werden (%1). Ist OpenSSH installiert?</translation>
    </message>
    <message>
        <source>ssh-keygen failed: %1</source>
        <translation>ssh-keygen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Rückgabewert %1</translation>
    </message>
    <message>
        <source>The keys folder %1 could not be made.</source>
        <translation>Der Schlüsselordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cd::WizardKindEditor</name>
    <message>
        <source>How many %1 nodes to start</source>
        <translation>Wie viele %1-Knoten gestartet werden</translation>
    </message>
    <message>
        <source>The start fails (and cleans up) if fewer than this many come up</source>
        <translation>Der Start schlägt fehl (und räumt auf), wenn weniger als so viele hochkommen</translation>
    </message>
    <message>
        <source>at &amp;least:</source>
        <translation>&amp;mindestens:</translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>The image (AMI, Glance image…) the nodes boot; pick it below or type its id</source>
        <translation>Das Image (AMI, Glance-Image …), von dem die Knoten booten; wählen Sie es unten oder geben Sie seine ID ein</translation>
    </message>
    <message>
        <source>Filter, or search the cloud with Enter</source>
        <translation>Filtern oder mit Enter in der Cloud suchen</translation>
    </message>
    <message>
        <source>Narrows the list as you type; Enter asks the cloud for images with this in their name</source>
        <translation>Schränkt die Liste beim Tippen ein; Enter fragt die Cloud nach Images, deren Name dies enthält</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ask the cloud for images named like the filter</source>
        <translation>Die Cloud nach Images fragen, deren Name dem Filter ähnelt</translation>
    </message>
    <message>
        <source>Images of the account; select one to use it</source>
        <translation>Images des Kontos; wählen Sie eines aus, um es zu verwenden</translation>
    </message>
    <message>
        <source>The size of each node (instance type, flavor, machine type)</source>
        <translation>Die Größe jedes Knotens (Instanztyp, Flavor, Maschinentyp)</translation>
    </message>
    <message>
        <source>&amp;Spot instances, at most:</source>
        <translation>S&amp;pot-Instanzen, höchstens:</translation>
    </message>
    <message>
        <source>Cheaper, but the cloud may take them back at any time</source>
        <translation>Günstiger, aber die Cloud kann sie jederzeit zurücknehmen</translation>
    </message>
    <message>
        <source>0.05</source>
        <translation>0.05</translation>
    </message>
    <message>
        <source>The highest price per hour you pay, in dollars</source>
        <translation>Der höchste Preis pro Stunde, den Sie zahlen, in Dollar</translation>
    </message>
    <message>
        <source>&amp;Preemptible</source>
        <translation>&amp;Unterbrechbar</translation>
    </message>
    <message>
        <source>Cheaper, but stopped within 24 hours or when the cloud needs the capacity</source>
        <translation>Günstiger, aber wird spätestens nach 24 Stunden angehalten oder wenn die Cloud die Kapazität braucht</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation>&amp;Flavor:</translation>
    </message>
    <message>
        <source>Existing machines keep their own system and size.</source>
        <translation>Vorhandene Rechner behalten ihr eigenes System und ihre Größe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>At least %1 cannot be more than the %2 asked for.</source>
        <translation>Mindestens %1 kann nicht mehr sein als die angeforderten %2.</translation>
    </message>
    <message>
        <source>Choose an image or type its id.</source>
        <translation>Wählen Sie ein Image oder geben Sie seine ID ein.</translation>
    </message>
    <message>
        <source>An image id has no spaces.</source>
        <translation>Eine Image-ID enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Choose a flavor or type one.</source>
        <translation>Wählen Sie einen Flavor oder geben Sie einen ein.</translation>
    </message>
    <message>
        <source>A flavor name has no spaces.</source>
        <translation>Ein Flavor-Name enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Give the highest price per hour as a number, e.g. 0.05.</source>
        <translation>Geben Sie den höchsten Preis pro Stunde als Zahl an, z. B. 0.05.</translation>
    </message>
</context>
<context>
    <name>cd::WizardLoginPage</name>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Who logs in to the nodes, and with which SSH key.</source>
        <translation>Wer sich an den Knoten anmeldet und mit welchem SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>The user the image lets in (ubuntu, ec2-user, centos, root …)</source>
        <translation>Der Benutzer, den das Image einlässt (ubuntu, ec2-user, centos, root …)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Use a key &amp;file:</source>
        <translation>Schlüssel&amp;datei verwenden:</translation>
    </message>
    <message>
        <source>A private key you have; its .pub file next to it goes to the cloud</source>
        <translation>Ein privater Schlüssel, den Sie haben; seine .pub-Datei daneben geht an die Cloud</translation>
    </message>
    <message>
        <source>The private key file, e.g. ~/.ssh/id_ed25519</source>
        <translation>Die private Schlüsseldatei, z. B. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Die private Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>&amp;Generate a new ed25519 key</source>
        <translation>Neuen ed25519-Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>ssh-keygen makes a key without a passphrase in ClusterDeck&apos;s keys folder when you press Create</source>
        <translation>ssh-keygen erzeugt einen Schlüssel ohne Passphrase im Schlüsselordner von ClusterDeck, wenn Sie auf Anlegen klicken</translation>
    </message>
    <message>
        <source>Use the ssh-&amp;agent</source>
        <translation>Den ssh-&amp;agent verwenden</translation>
    </message>
    <message>
        <source>Keys held by your running ssh-agent; the image must already accept one of them</source>
        <translation>Schlüssel Ihres laufenden ssh-agent; das Image muss bereits einen davon akzeptieren</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Den privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>Name the user that logs in.</source>
        <translation>Geben Sie den Benutzer an, der sich anmeldet.</translation>
    </message>
    <message>
        <source>A user name is lower-case letters, digits, _ and -.</source>
        <translation>Ein Benutzername besteht aus Kleinbuchstaben, Ziffern, _ und -.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Wählen Sie die private Schlüsseldatei.</translation>
    </message>
    <message>
        <source>There is no readable file at %1.</source>
        <translation>Unter %1 gibt es keine lesbare Datei.</translation>
    </message>
    <message>
        <source>The public key %1.pub is missing; the cloud needs it.</source>
        <translation>Der öffentliche Schlüssel %1.pub fehlt; die Cloud braucht ihn.</translation>
    </message>
    <message>
        <source>A new key will be made at %1 when you press Create.</source>
        <translation>Ein neuer Schlüssel wird unter %1 erzeugt, wenn Sie auf Anlegen klicken.</translation>
    </message>
    <message>
        <source>Existing machines must be told to accept it (authorized_keys).</source>
        <translation>Auf vorhandenen Rechnern muss er erst zugelassen werden (authorized_keys).</translation>
    </message>
    <message>
        <source>No ssh-agent is running here (SSH_AUTH_SOCK is not set).</source>
        <translation>Hier läuft kein ssh-agent (SSH_AUTH_SOCK ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>The cloud gets no key pair: the image must already accept a key of your agent.</source>
        <translation>Die Cloud erhält kein Schlüsselpaar: Das Image muss bereits einen Schlüssel Ihres Agenten akzeptieren.</translation>
    </message>
</context>
<context>
    <name>cd::WizardNodesPage</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>How many nodes of each kind, and what each one looks like.</source>
        <translation>Wie viele Knoten jeder Art, und wie jeder aussieht.</translation>
    </message>
    <message>
        <source>%1 (!)</source>
        <translation>%1 (!)</translation>
    </message>
    <message>
        <source>Ask for at least one node.</source>
        <translation>Fordern Sie mindestens einen Knoten an.</translation>
    </message>
</context>
<context>
    <name>cd::WizardReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Nothing has been stored or started yet. Create stores this and starts the nodes.</source>
        <translation>Noch wurde nichts gespeichert oder gestartet. Anlegen speichert dies und startet die Knoten.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Cluster &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; (%3), %n node(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Cluster &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; (%3), %n Knoten:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Cluster &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; (%3), %n Knoten:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 (at least %3)</source>
        <translation>%1 × %2 (mindestens %3)</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>flavor %1</source>
        <translation>Flavor %1</translation>
    </message>
    <message>
        <source>spot, at most $%1/h</source>
        <translation>Spot, höchstens $%1/h</translation>
    </message>
    <message>
        <source>preemptible</source>
        <translation>unterbrechbar</translation>
    </message>
    <message>
        <source>the ssh-agent&apos;s keys</source>
        <translation>die Schlüssel des ssh-agent</translation>
    </message>
    <message>
        <source>a new ed25519 key, %1</source>
        <translation>ein neuer ed25519-Schlüssel, %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Login as &lt;b&gt;%1&lt;/b&gt; with %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anmeldung als &lt;b&gt;%1&lt;/b&gt; mit %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>setup “%1”</source>
        <translation>Einrichtung „%1“</translation>
    </message>
    <message>
        <source>login “%1”</source>
        <translation>Anmeldung „%1“</translation>
    </message>
    <message>
        <source>template “%1”</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <source>&lt;p&gt;Uses the stored template “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verwendet die gespeicherte Vorlage „%1“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Create stores: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anlegen speichert: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once the nodes answer, setup “%1” configures them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sobald die Knoten antworten, richtet die Einrichtung „%1“ sie ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking the quota…</source>
        <translation>Kontingent wird geprüft…</translation>
    </message>
    <message>
        <source>The cloud could not be asked: %1</source>
        <translation>Die Cloud konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>This cloud does not tell its quota.</source>
        <translation>Diese Cloud gibt ihr Kontingent nicht an.</translation>
    </message>
    <message>
        <source>The quota could not be checked: %1</source>
        <translation>Das Kontingent konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The cloud answered but does not limit instances.</source>
        <translation>Die Cloud hat geantwortet, begrenzt aber keine Instanzen.</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 instances in use, %3 free.</source>
        <translation>Kontingent: %1 von %2 Instanzen belegt, %3 frei.</translation>
    </message>
    <message>
        <source>Not even the minimum of %1 nodes fits: lower the counts or free some instances.</source>
        <translation>Nicht einmal das Minimum von %1 Knoten passt: Verringern Sie die Anzahlen oder geben Sie Instanzen frei.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 nodes fit; the start keeps at least the minimum.</source>
        <translation>Nur %1 der %2 Knoten passen; der Start behält mindestens das Minimum.</translation>
    </message>
    <message numerus="yes">
        <source>The %n node(s) fit.</source>
        <translation>
            <numerusform>Der %n Knoten passt.</numerusform>
            <numerusform>Die %n Knoten passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>cd::WizardTemplatePage</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Start from a preset or from one of your templates; the next page adjusts its nodes.</source>
        <translation>Beginnen Sie mit einer Voreinstellung oder einer Ihrer Vorlagen; die nächste Seite passt ihre Knoten an.</translation>
    </message>
    <message>
        <source>&amp;Template or preset:</source>
        <translation>&amp;Vorlage oder Voreinstellung:</translation>
    </message>
    <message>
        <source>Presets come with ClusterDeck; templates are imported from ElastiCluster configurations or saved by this wizard</source>
        <translation>Voreinstellungen bringt ClusterDeck mit; Vorlagen werden aus ElastiCluster-Konfigurationen importiert oder von diesem Assistenten gespeichert</translation>
    </message>
    <message>
        <source>%1 — preset</source>
        <translation>%1 — Voreinstellung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Choose a template or a preset.</source>
        <translation>Wählen Sie eine Vorlage oder eine Voreinstellung.</translation>
    </message>
    <message>
        <source>This template has no node kinds.</source>
        <translation>Diese Vorlage hat keine Knotenarten.</translation>
    </message>
    <message>
        <source>Nodes: %1.</source>
        <translation>Knoten: %1.</translation>
    </message>
    <message>
        <source>Imported as incomplete (%1); this wizard supplies the account and login.</source>
        <translation>Als unvollständig importiert (%1); dieser Assistent ergänzt Konto und Anmeldung.</translation>
    </message>
</context>
<context>
    <name>cd::openstack::KeystoneAuth</name>
    <message>
        <source>The cloud&apos;s catalog has no “%1” service.</source>
        <translation>Der Katalog der Cloud hat keinen Dienst „%1“.</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no %1 endpoint for %2 in region “%3” (it has: %4).</source>
        <translation>Der Katalog der Cloud hat keinen %1-Endpunkt für %2 in der Region „%3“ (vorhanden: %4).</translation>
    </message>
    <message>
        <source>%1 answered without an X-Subject-Token.</source>
        <translation>%1 hat ohne X-Subject-Token geantwortet.</translation>
    </message>
</context>
<context>
    <name>cd::openstack::OpenStackApi</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 could not be read: %3</source>
        <translation>Die Antwort von %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
</context>
</TS>
