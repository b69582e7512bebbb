<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Keydeck</source>
        <translation>Über Keydeck</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>SSH keys, API keys and profile of your GPU cloud accounts, with every secret kept in your system keychain.</source>
        <translation>SSH-Schlüssel, API-Schlüssel und Profil Ihrer GPU-Cloud-Konten, jedes Geheimnis in der Schlüsselverwaltung Ihres Systems.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 · local demo</source>
        <translation>%1 · lokale Demo</translation>
    </message>
    <message>
        <source>%1 · key in the keychain</source>
        <translation>%1 · im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 account at %2</source>
        <translation>Konto bei %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · key in memory only</source>
        <translation>%1 · Schlüssel nur im Speicher</translation>
    </message>
    <message>
        <source>%1: %2 account at %3</source>
        <translation>%1: %2-Konto bei %3</translation>
    </message>
</context>
<context>
    <name>AccountPages</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;SSH Keys</source>
        <translation>&amp;SSH-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>AP&amp;I-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sit&amp;zungen</translation>
    </message>
    <message>
        <source>The server no longer accepts the API key of “%1”. Enter a new key to carry on; the account and its settings stay.</source>
        <translation>Der Server akzeptiert den API-Schlüssel von „%1“ nicht mehr. Geben Sie einen neuen Schlüssel ein, um fortzufahren; das Konto und seine Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Enter New Key…</source>
        <translation>Neuen Schlüssel einge&amp;ben…</translation>
    </message>
</context>
<context>
    <name>AccountSetup</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AddEverywhereDialog</name>
    <message>
        <source>Add a Key to Every Account</source>
        <translation>Schlüssel allen Konten hinzufügen</translation>
    </message>
    <message>
        <source>For a new device: choose its public key, and Keydeck looks where it is missing. It is added only there, and only once.</source>
        <translation>Für ein neues Gerät: Wählen Sie seinen öffentlichen Schlüssel, und Keydeck sucht, wo er fehlt. Er wird nur dort hinzugefügt, und nur einmal.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Schlüssel auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name the key gets where keys have names (Spheron AI)</source>
        <translation>Der Name, den der Schlüssel dort bekommt, wo Schlüssel Namen haben (Spheron AI)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Look where the key is missing</source>
        <translation>Suchen, wo der Schlüssel fehlt</translation>
    </message>
    <message>
        <source>Where the key is missing or registered</source>
        <translation>Wo der Schlüssel fehlt oder registriert ist</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Add Where Missing</source>
        <translation>&amp;Hinzufügen, wo er fehlt</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>No public keys in ~/.ssh</source>
        <translation>Keine öffentlichen Schlüssel in ~/.ssh</translation>
    </message>
    <message>
        <source>There is no public key in ~/.ssh. Generate one on the SSH Keys tab first.</source>
        <translation>In ~/.ssh gibt es keinen öffentlichen Schlüssel. Erzeugen Sie zuerst einen auf der Registerkarte „SSH-Schlüssel“.</translation>
    </message>
    <message numerus="yes">
        <source>Looking in %n account(s)…</source>
        <translation>
            <numerusform>Suche in %n Konto…</numerusform>
            <numerusform>Suche in %n Konten…</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is registered in every account already.</source>
        <translation>Der Schlüssel ist bereits in jedem Konto registriert.</translation>
    </message>
    <message>
        <source>The key is registered in every list Keydeck could read.</source>
        <translation>Der Schlüssel ist in jeder Liste registriert, die Keydeck lesen konnte.</translation>
    </message>
    <message numerus="yes">
        <source>The key is missing in %n place(s).</source>
        <translation>
            <numerusform>Der Schlüssel fehlt an %n Stelle.</numerusform>
            <numerusform>Der Schlüssel fehlt an %n Stellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding the key in %n place(s)…</source>
        <translation>
            <numerusform>Der Schlüssel wird an %n Stelle hinzugefügt…</numerusform>
            <numerusform>Der Schlüssel wird an %n Stellen hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %n place(s) again…</source>
        <translation>
            <numerusform>%n Stelle wird erneut versucht…</numerusform>
            <numerusform>%n Stellen werden erneut versucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Already there, as “%1”</source>
        <translation>Bereits vorhanden, als „%1“</translation>
    </message>
    <message numerus="yes">
        <source>The key is registered in %n place(s).</source>
        <translation>
            <numerusform>Der Schlüssel ist an %n Stelle registriert.</numerusform>
            <numerusform>Der Schlüssel ist an %n Stellen registriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) may still lack it: Retry looks there and adds it only where it is missing.</source>
        <translation>
            <numerusform>An %n Stelle fehlt er vielleicht noch: „Wiederholen“ sucht dort und fügt ihn nur hinzu, wo er fehlt.</numerusform>
            <numerusform>An %n Stellen fehlt er vielleicht noch: „Wiederholen“ sucht dort und fügt ihn nur hinzu, wo er fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keydeck is still adding the key. The window can be closed once every account has answered.</source>
        <translation>Keydeck fügt den Schlüssel noch hinzu. Das Fenster lässt sich schließen, sobald jedes Konto geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>AddPassphraseDialog</name>
    <message>
        <source>Add a Passphrase</source>
        <translation>Passphrase hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation>Passphrase &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <source>Keydeck encrypts %1 with the passphrase. The old file is kept beside it as a backup, which still opens without a passphrase: delete it once the key works with the new one.</source>
        <translation>Keydeck verschlüsselt %1 mit der Passphrase. Die alte Datei bleibt als Sicherung daneben und lässt sich weiterhin ohne Passphrase öffnen: Löschen Sie sie, sobald der Schlüssel mit der neuen funktioniert.</translation>
    </message>
    <message>
        <source>&amp;Add Passphrase</source>
        <translation>Passphrase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The key has a passphrase now. The old file is kept as %1 and still opens without one: delete it once the key works with the passphrase.</source>
        <translation>Der Schlüssel hat jetzt eine Passphrase. Die alte Datei bleibt als %1 erhalten und lässt sich weiterhin ohne öffnen: Löschen Sie sie, sobald der Schlüssel mit der Passphrase funktioniert.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>AddSshKeyDialog</name>
    <message>
        <source>Add SSH Key</source>
        <translation>SSH-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Paste the contents of a public key file (ending in .pub), choose the file, or drop it here. Never paste a private key.</source>
        <translation>Fügen Sie den Inhalt einer öffentlichen Schlüsseldatei (Endung .pub) ein, wählen Sie die Datei aus oder ziehen Sie sie hierher. Fügen Sie niemals einen privaten Schlüssel ein.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. laptop</source>
        <translation>z. B. Laptop</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… user@host</source>
        <translation>ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… user@host</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a public key file</source>
        <translation>Öffentliche Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Shown once the key is valid.</source>
        <translation>Wird angezeigt, sobald der Schlüssel gültig ist.</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Edit SSH Key</source>
        <translation>SSH-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>Replace the text of this key. The new key takes the old one&apos;s place on the account; instances that already have the old key keep it.</source>
        <translation>Ersetzen Sie den Text dieses Schlüssels. Der neue Schlüssel tritt im Konto an die Stelle des alten; Instanzen, die den alten Schlüssel bereits haben, behalten ihn.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>%1 cannot be added: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation>Öffentlichen Schlüssel wählen</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This is a private key. Never share it: paste the public key instead, the line in the file that ends in .pub. Nothing was sent.</source>
        <translation>Dies ist ein privater Schlüssel. Geben Sie ihn niemals weiter: Fügen Sie stattdessen den öffentlichen Schlüssel ein, die Zeile in der Datei mit der Endung .pub. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n bit(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Bit)</numerusform>
            <numerusform>%1 (%2, %n Bit)</numerusform>
        </translation>
    </message>
    <message>
        <source>This key is already registered as “%1”. Nothing needs to be uploaded.</source>
        <translation>Dieser Schlüssel ist bereits als „%1“ registriert. Es muss nichts hochgeladen werden.</translation>
    </message>
    <message>
        <source>Paste the new key text to replace this one.</source>
        <translation>Fügen Sie den neuen Schlüsseltext ein, um diesen zu ersetzen.</translation>
    </message>
    <message>
        <source>This is a valid public key.</source>
        <translation>Dies ist ein gültiger öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>Spheron AI needs a name for the key.</source>
        <translation>Spheron AI benötigt einen Namen für den Schlüssel.</translation>
    </message>
    <message>
        <source>The upload was cancelled, but the key may still arrive. Checking the key list…</source>
        <translation>Das Hochladen wurde abgebrochen, aber der Schlüssel kann trotzdem noch ankommen. Keydeck prüft die Schlüsselliste…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was rejected. It may have been deleted, reset or mistyped.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Er wurde möglicherweise gelöscht, zurückgesetzt oder falsch eingegeben.</translation>
    </message>
    <message>
        <source>This account uses two-factor authentication. Enter a code from your authenticator app to continue.</source>
        <translation>Dieses Konto verwendet die Zwei-Faktor-Authentifizierung. Geben Sie einen Code aus Ihrer Authenticator-App ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your two-factor session has expired. Enter a new code to continue.</source>
        <translation>Ihre Zwei-Faktor-Sitzung ist abgelaufen. Geben Sie einen neuen Code ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>The API key does not have permission for this action.</source>
        <translation>Der API-Schlüssel hat keine Berechtigung für diese Aktion.</translation>
    </message>
    <message>
        <source>The item no longer exists on the server. Refresh the list and try again.</source>
        <translation>Das Element existiert auf dem Server nicht mehr. Aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <source>This conflicts with something that already exists on the server.</source>
        <translation>Dies steht im Konflikt mit etwas, das auf dem Server bereits existiert.</translation>
    </message>
    <message>
        <source>The server received too many requests. Wait a moment and try again.</source>
        <translation>Der Server hat zu viele Anfragen erhalten. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation>Der Server hatte ein Problem. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection and try again.</source>
        <translation>Der Server war nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established, so your key was not sent.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden, daher wurde Ihr Schlüssel nicht gesendet.</translation>
    </message>
    <message>
        <source>The server sent an answer that Keydeck does not understand. Nothing was changed here.</source>
        <translation>Der Server hat eine Antwort gesendet, die Keydeck nicht versteht. Hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This provider&apos;s API does not offer this action.</source>
        <translation>Die API dieses Anbieters bietet diese Aktion nicht an.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server hat zu viele Anfragen erhalten. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server hat zu viele Anfragen erhalten. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent Keydeck on to another address, which Keydeck does not follow with your key. Check the account&apos;s server address.</source>
        <translation>Der Server hat Keydeck an eine andere Adresse weitergeleitet, der Keydeck mit Ihrem Schlüssel nicht folgt. Prüfen Sie die Serveradresse des Kontos.</translation>
    </message>
    <message>
        <source>The server address starts with http://, and Keydeck sends keys only over an encrypted connection (https://), so your key was not sent. Check the account&apos;s server address.</source>
        <translation>Die Serveradresse beginnt mit http://, und Keydeck sendet Schlüssel nur über eine verschlüsselte Verbindung (https://), daher wurde Ihr Schlüssel nicht gesendet. Prüfen Sie die Serveradresse des Kontos.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not from an authority this computer trusts, so your key was not sent. Someone may be intercepting the connection; try another network.</source>
        <translation>Das Zertifikat des Servers stammt von keiner Stelle, der dieser Computer vertraut, daher wurde Ihr Schlüssel nicht gesendet. Möglicherweise fängt jemand die Verbindung ab; versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet, so your key was not sent. Check that this computer&apos;s date and time are right.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig, daher wurde Ihr Schlüssel nicht gesendet. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to another address, so your key was not sent. Someone may be intercepting the connection; try another network.</source>
        <translation>Das Zertifikat des Servers gehört zu einer anderen Adresse, daher wurde Ihr Schlüssel nicht gesendet. Möglicherweise fängt jemand die Verbindung ab; versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The server offered only an outdated form of encryption (Keydeck needs TLS 1.2 or later), so your key was not sent.</source>
        <translation>Der Server bot nur eine veraltete Verschlüsselung an (Keydeck benötigt TLS 1.2 oder neuer), daher wurde Ihr Schlüssel nicht gesendet.</translation>
    </message>
    <message>
        <source>The server sent Keydeck on to an unencrypted address (http://), which would expose your key, so Keydeck stopped there. Check the account&apos;s server address.</source>
        <translation>Der Server hat Keydeck an eine unverschlüsselte Adresse (http://) weitergeleitet, die Ihren Schlüssel preisgeben würde; daher hat Keydeck dort angehalten. Prüfen Sie die Serveradresse des Kontos.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>Enter your API key</source>
        <translation>Geben Sie Ihren API-Schlüssel ein</translation>
    </message>
    <message>
        <source>Keydeck checks the key with the provider before it saves anything.</source>
        <translation>Keydeck prüft den Schlüssel beim Anbieter, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Open the API key page in your browser</source>
        <translation>API-Schlüsselseite im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>Auf diesem Computer gefunden</translation>
    </message>
    <message>
        <source>Key found on this computer</source>
        <translation>Auf diesem Computer gefundener Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>Diesen Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Verber&amp;gen</translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks. Paste the key alone.</source>
        <translation>Ein API-Schlüssel enthält keine Leerzeichen oder Zeilenumbrüche. Fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key contains characters an API key never has. Copy it again from the provider&apos;s page.</source>
        <translation>Der Schlüssel enthält Zeichen, die ein API-Schlüssel nie enthält. Kopieren Sie ihn erneut von der Seite des Anbieters.</translation>
    </message>
    <message>
        <source>Enter your %1 API key</source>
        <translation>Geben Sie Ihren API-Schlüssel für %1 ein</translation>
    </message>
    <message>
        <source>Create or copy a key on the Keys page of the Vast.ai console. A full-access key lets Keydeck manage everything; a read-only key shows your account only.</source>
        <translation>Erstellen oder kopieren Sie einen Schlüssel auf der Seite „Keys“ der Vast.ai-Konsole. Mit einem Schlüssel mit Vollzugriff kann Keydeck alles verwalten; ein Nur-Lese-Schlüssel zeigt nur Ihr Konto an.</translation>
    </message>
    <message>
        <source>Generate a key in the Spheron AI dashboard under Settings, API Keys. It starts with “sai_pk_” and is shown only once, so paste it here right away.</source>
        <translation>Erzeugen Sie einen Schlüssel im Spheron-AI-Dashboard unter „Settings“, „API Keys“. Er beginnt mit „sai_pk_“ und wird nur einmal angezeigt, fügen Sie ihn also sofort hier ein.</translation>
    </message>
    <message>
        <source>%1, key ending %2</source>
        <translation>%1, Schlüssel endet auf %2</translation>
    </message>
    <message numerus="yes">
        <source>Keydeck found %n %1 key(s) on this computer. Use one to skip copying; the original stays where it is.</source>
        <translation>
            <numerusform>Keydeck hat %n Schlüssel für %1 auf diesem Computer gefunden. Verwenden Sie ihn, um das Kopieren zu sparen; das Original bleibt, wo es ist.</numerusform>
            <numerusform>Keydeck hat %n Schlüssel für %1 auf diesem Computer gefunden. Verwenden Sie einen davon, um das Kopieren zu sparen; das Original bleibt, wo es ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other users of this computer can read %1. After Keydeck has saved the key, consider deleting that file.</source>
        <translation>Andere Benutzer dieses Computers können %1 lesen. Nachdem Keydeck den Schlüssel gespeichert hat, sollten Sie diese Datei löschen.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPermissions</name>
    <message>
        <source>Instances: read</source>
        <translation>Instanzen: lesen</translation>
    </message>
    <message>
        <source>Instances: write</source>
        <translation>Instanzen: schreiben</translation>
    </message>
    <message>
        <source>Account and keys: read</source>
        <translation>Konto und Schlüssel: lesen</translation>
    </message>
    <message>
        <source>Account and keys: write</source>
        <translation>Konto und Schlüssel: schreiben</translation>
    </message>
    <message>
        <source>Billing: read</source>
        <translation>Abrechnung: lesen</translation>
    </message>
    <message>
        <source>Billing: write</source>
        <translation>Abrechnung: schreiben</translation>
    </message>
    <message>
        <source>Machines: read</source>
        <translation>Maschinen: lesen</translation>
    </message>
    <message>
        <source>Machines: write</source>
        <translation>Maschinen: schreiben</translation>
    </message>
    <message>
        <source>Team: read</source>
        <translation>Team: lesen</translation>
    </message>
    <message>
        <source>Team: write</source>
        <translation>Team: schreiben</translation>
    </message>
    <message>
        <source>Miscellaneous</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>The JSON is not valid at character %1: %2.</source>
        <translation>Das JSON ist bei Zeichen %1 ungültig: %2.</translation>
    </message>
    <message>
        <source>The permissions must be a JSON object such as {&quot;api&quot;: {&quot;user_read&quot;: {}}}.</source>
        <translation>Die Berechtigungen müssen ein JSON-Objekt sein, etwa {&quot;api&quot;: {&quot;user_read&quot;: {}}}.</translation>
    </message>
    <message>
        <source>The permissions must have exactly one key, &quot;api&quot;, holding an object of categories.</source>
        <translation>Die Berechtigungen müssen genau einen Schlüssel „api“ haben, der ein Objekt mit Kategorien enthält.</translation>
    </message>
    <message>
        <source>Choose at least one category: a key without permissions cannot do anything.</source>
        <translation>Wählen Sie mindestens eine Kategorie: Ein Schlüssel ohne Berechtigungen kann nichts tun.</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>%1 (with constraints)</source>
        <translation>%1 (mit Einschränkungen)</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht aufgeführt</translation>
    </message>
    <message>
        <source>Full access: every permission.</source>
        <translation>Vollzugriff: alle Berechtigungen.</translation>
    </message>
    <message numerus="yes">
        <source>Read only: %1 of %n permission(s).</source>
        <translation>
            <numerusform>Nur Lesen: %1 von %n Berechtigung.</numerusform>
            <numerusform>Nur Lesen: %1 von %n Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>SSH keys only: account and keys, read and write.</source>
        <translation>Nur SSH-Schlüssel: Konto und Schlüssel, lesen und schreiben.</translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation>Keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Custom, with constraints: %1.</source>
        <translation>Benutzerdefiniert, mit Einschränkungen: %1.</translation>
    </message>
    <message>
        <source>Custom: %1.</source>
        <translation>Benutzerdefiniert: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a permission category.</source>
        <translation>„%1“ ist keine Berechtigungskategorie.</translation>
    </message>
    <message>
        <source>The category “%1” must hold an object ({} for all of it).</source>
        <translation>Die Kategorie „%1“ muss ein Objekt enthalten ({} für die gesamte Kategorie).</translation>
    </message>
    <message>
        <source>The operation “%1” has invalid constraints: use {&quot;constraints&quot;: {&quot;id&quot;: {&quot;eq&quot;: 1227}}} with eq, lte or gte.</source>
        <translation>Die Operation „%1“ hat ungültige Einschränkungen: Verwenden Sie {&quot;constraints&quot;: {&quot;id&quot;: {&quot;eq&quot;: 1227}}} mit eq, lte oder gte.</translation>
    </message>
    <message>
        <source>SSH keys only</source>
        <translation>Nur SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>(unnamed, used by Keydeck)</source>
        <translation>(unbenannt, von Keydeck verwendet)</translation>
    </message>
    <message>
        <source>%1 (used by Keydeck)</source>
        <translation>%1 (von Keydeck verwendet)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Keydeck uses this key for this account.</source>
        <translation>Keydeck verwendet diesen Schlüssel für dieses Konto.</translation>
    </message>
    <message>
        <source>%1, the key Keydeck uses</source>
        <translation>%1, der Schlüssel, den Keydeck verwendet</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Keydeck checked the new key, stored it and uses it now.</source>
        <translation>Keydeck hat den neuen Schlüssel geprüft, gespeichert und verwendet ihn jetzt.</translation>
    </message>
    <message>
        <source>%1 Enter a valid key to carry on with “%2”; the account and its settings are kept.</source>
        <translation>%1 Geben Sie einen gültigen Schlüssel ein, um mit „%2“ fortzufahren; das Konto und seine Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Enter a Ne&amp;w Key…</source>
        <translation>Neuen Schlüssel ein&amp;geben…</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>AppRoot</name>
    <message>
        <source>Keep Keys in &amp;Memory Only</source>
        <translation>Schlüssel &amp;nur im Speicher halten</translation>
    </message>
    <message>
        <source>Starting the local demo…</source>
        <translation>Lokale Demo wird gestartet…</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Local Demo</source>
        <translation>Lokale Demo</translation>
    </message>
    <message>
        <source>The local demo could not start.</source>
        <translation>Die lokale Demo konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark setting.</source>
        <translation>Der hellen oder dunklen Einstellung des Desktops folgen.</translation>
    </message>
</context>
<context>
    <name>BackupCodesDialog</name>
    <message>
        <source>Your New Backup Codes</source>
        <translation>Ihre neuen Backup-Codes</translation>
    </message>
    <message>
        <source>These codes sign you in when you cannot use your other methods. Each works once. The server shows them only now: copy them into your password manager or save them to a file, then keep them where only you can reach them.</source>
        <translation>Mit diesen Codes melden Sie sich an, wenn Sie Ihre anderen Methoden nicht verwenden können. Jeder Code funktioniert einmal. Der Server zeigt sie nur jetzt an: Kopieren Sie sie in Ihren Passwortmanager oder speichern Sie sie in einer Datei, und bewahren Sie sie dort auf, wo nur Sie sie erreichen.</translation>
    </message>
    <message>
        <source>New backup codes</source>
        <translation>Neue Backup-Codes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>Backup-Codes kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>In &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>I Have Saved the Codes, C&amp;lose</source>
        <translation>Ich habe die Codes gesichert, &amp;schließen</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Backup Codes</source>
        <translation>Backup-Codes speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The codes could not be saved to %1: %2</source>
        <translation>Die Codes konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1, readable only by you.</source>
        <translation>In %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Close Without Saving the Codes?</source>
        <translation>Schließen, ohne die Codes zu sichern?</translation>
    </message>
    <message>
        <source>You have neither copied nor saved these backup codes. The server shows them only once: after you close this window, nobody can see them again, and your old codes no longer work.</source>
        <translation>Sie haben diese Backup-Codes weder kopiert noch gespeichert. Der Server zeigt sie nur einmal an: Nachdem Sie dieses Fenster geschlossen haben, kann sie niemand mehr sehen, und Ihre alten Codes funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Close Without Saving</source>
        <translation>&amp;Ohne Sichern schließen</translation>
    </message>
</context>
<context>
    <name>BackupCodesFile</name>
    <message>
        <source>Two-factor backup codes for %1</source>
        <translation>Zwei-Faktor-Backup-Codes für %1</translation>
    </message>
    <message>
        <source>Each code signs you in once. Keep this file where only you can read it.</source>
        <translation>Mit jedem Code melden Sie sich einmal an. Bewahren Sie diese Datei dort auf, wo nur Sie sie lesen können.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keydeck manages the SSH keys, API keys and profile of your Vast.ai and Spheron AI accounts.</source>
        <translation>Keydeck verwaltet die SSH-Schlüssel, API-Schlüssel und das Profil Ihrer Vast.ai- und Spheron-AI-Konten.</translation>
    </message>
    <message>
        <source>Start in demo mode against the built-in local sandbox, speaking the &lt;provider&gt; API (vast or spheron).</source>
        <translation>Im Demomodus mit der eingebauten lokalen Sandbox starten, die die API von &lt;anbieter&gt; spricht (vast oder spheron).</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>anbieter</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (for example de, fr or en).</source>
        <translation>Diese Sprache statt der des Systems verwenden (zum Beispiel de, fr oder en).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>Unknown demo provider “%1”. Use vast or spheron.</source>
        <translation>Unbekannter Demo-Anbieter „%1“. Verwenden Sie vast oder spheron.</translation>
    </message>
    <message>
        <source>Displays Keydeck&apos;s version and the versions of Qt, libssh and QtKeychain.</source>
        <translation>Zeigt die Version von Keydeck und die Versionen von Qt, libssh und QtKeychain.</translation>
    </message>
    <message>
        <source>%1
Run “keydeck --help” to see the options.</source>
        <translation>%1
Mit „keydeck --help“ sehen Sie die Optionen.</translation>
    </message>
</context>
<context>
    <name>ConsoleLinks</name>
    <message>
        <source>This demo account has no web console. With a real %1 account, Keydeck opens the console&apos;s API keys page here.</source>
        <translation>Dieses Demokonto hat keine Webkonsole. Bei einem echten %1-Konto öffnet Keydeck hier die API-Schlüssel-Seite der Konsole.</translation>
    </message>
    <message>
        <source>The %1 console&apos;s API keys page was opened in your web browser: %2</source>
        <translation>Die API-Schlüssel-Seite der %1-Konsole wurde in Ihrem Webbrowser geöffnet: %2</translation>
    </message>
    <message>
        <source>No web browser opened. Copy this address into your browser: %1</source>
        <translation>Es wurde kein Webbrowser geöffnet. Kopieren Sie diese Adresse in Ihren Browser: %1</translation>
    </message>
</context>
<context>
    <name>CreateApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. CI runner</source>
        <translation>z. B. CI-Runner</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Edit the permissions as &amp;JSON (advanced)</source>
        <translation>Berechtigungen als &amp;JSON bearbeiten (fortgeschritten)</translation>
    </message>
    <message>
        <source>Permissions JSON</source>
        <translation>Berechtigungen als JSON</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Choose at least one category: a key without permissions cannot do anything.</source>
        <translation>Wählen Sie mindestens eine Kategorie: Ein Schlüssel ohne Berechtigungen kann nichts tun.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>The key was not created. %1</source>
        <translation>Der Schlüssel wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>Check the permissions first: %1 Press Return again to create the key.</source>
        <translation>Prüfen Sie zuerst die Berechtigungen: %1 Drücken Sie erneut die Eingabetaste, um den Schlüssel zu erstellen.</translation>
    </message>
</context>
<context>
    <name>CredentialImporter</name>
    <message>
        <source>the environment variable %1</source>
        <translation>die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the vastai command-line tool&apos;s key file %1</source>
        <translation>die Schlüsseldatei %1 des vastai-Befehlszeilenwerkzeugs</translation>
    </message>
    <message>
        <source>the vastai command-line tool&apos;s old key file %1</source>
        <translation>die alte Schlüsseldatei %1 des vastai-Befehlszeilenwerkzeugs</translation>
    </message>
    <message>
        <source>Keydeck only deletes the vastai command-line tool&apos;s key files, not %1.</source>
        <translation>Keydeck löscht nur die Schlüsseldateien des vastai-Befehlszeilenwerkzeugs, nicht %1.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The vastai command-line tool saved this key unencrypted in %1, and that file can be read by other users of this computer. Keydeck now keeps the key in your system keychain, so you can delete the file. The vastai tool will then ask for the key again (vastai set api-key) unless %2 is set.</source>
        <translation>Das vastai-Befehlszeilenwerkzeug hat diesen Schlüssel unverschlüsselt in %1 gespeichert, und diese Datei kann von anderen Benutzern dieses Computers gelesen werden. Keydeck bewahrt den Schlüssel jetzt in Ihrem Systemschlüsselbund auf, Sie können die Datei also löschen. Das vastai-Werkzeug fragt dann erneut nach dem Schlüssel (vastai set api-key), sofern %2 nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>The vastai command-line tool saved this key unencrypted in %1 (the tool does not restrict who can read it). Keydeck now keeps the key in your system keychain, so you can delete the file. The vastai tool will then ask for the key again (vastai set api-key) unless %2 is set.</source>
        <translation>Das vastai-Befehlszeilenwerkzeug hat diesen Schlüssel unverschlüsselt in %1 gespeichert (das Werkzeug schränkt nicht ein, wer ihn lesen kann). Keydeck bewahrt den Schlüssel jetzt in Ihrem Systemschlüsselbund auf, Sie können die Datei also löschen. Das vastai-Werkzeug fragt dann erneut nach dem Schlüssel (vastai set api-key), sofern %2 nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>Keydeck did not delete %1: it is a symbolic link, and deleting it would leave the key in the file it points to. Delete that file yourself.</source>
        <translation>Keydeck hat %1 nicht gelöscht: Es ist ein symbolischer Link, und wenn er gelöscht wird, bleibt der Schlüssel in der Datei, auf die er zeigt. Löschen Sie diese Datei selbst.</translation>
    </message>
    <message>
        <source>Keydeck did not delete %1: the file has changed since the key was imported from it. Check what it holds and delete it yourself if you no longer need it.</source>
        <translation>Keydeck hat %1 nicht gelöscht: Die Datei hat sich geändert, seit der Schlüssel daraus importiert wurde. Prüfen Sie, was sie enthält, und löschen Sie sie selbst, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>the %1 key file %2</source>
        <translation>die Schlüsseldatei von %1 %2</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <source>%1 demo</source>
        <translation>Demo von %1</translation>
    </message>
    <message>
        <source>Keydeck could not create the folder for the demo data (%1).</source>
        <translation>Keydeck konnte den Ordner für die Demodaten nicht anlegen (%1).</translation>
    </message>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation>Der lokale Demoserver konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The local demo server could not create its demo accounts.</source>
        <translation>Der lokale Demoserver konnte seine Demokonten nicht anlegen.</translation>
    </message>
    <message>
        <source>The local demo server stopped before the demo account was ready.</source>
        <translation>Der lokale Demoserver wurde beendet, bevor das Demokonto bereit war.</translation>
    </message>
    <message>
        <source>Keydeck could not add the demo account.</source>
        <translation>Keydeck konnte das Demokonto nicht hinzufügen.</translation>
    </message>
    <message>
        <source>Keydeck could not make the folder for the demo data private (%1).</source>
        <translation>Keydeck konnte den Ordner für die Demodaten nicht vor anderen Benutzern schützen (%1).</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The local demo is not available: its server module could not be loaded (%1).</source>
        <translation>Die lokale Demo ist nicht verfügbar: Ihr Servermodul konnte nicht geladen werden (%1).</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <source>Keydeck is ready to use.</source>
        <translation>Keydeck ist einsatzbereit.</translation>
    </message>
    <message>
        <source>Plaintext key file</source>
        <translation>Unverschlüsselte Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Delete the File</source>
        <translation>Datei &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the plaintext key file</source>
        <translation>Die unverschlüsselte Schlüsseldatei löschen</translation>
    </message>
</context>
<context>
    <name>EnvVarDialog</name>
    <message>
        <source>New Environment Variable</source>
        <translation>Neue Umgebungsvariable</translation>
    </message>
    <message>
        <source>Account variables are injected into every container you launch on Vast.ai. Their values are write-only: after saving, nobody can read them back here.</source>
        <translation>Kontovariablen werden in jeden Container eingefügt, den Sie auf Vast.ai starten. Ihre Werte sind nur schreibbar: Nach dem Speichern kann sie hier niemand mehr auslesen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. HF_TOKEN</source>
        <translation>z. B. HF_TOKEN</translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation>Variablenname</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Variable value</source>
        <translation>Variablenwert</translation>
    </message>
    <message>
        <source>S&amp;how value</source>
        <translation>Wert an&amp;zeigen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Change Environment Variable</source>
        <translation>Umgebungsvariable ändern</translation>
    </message>
    <message>
        <source>Enter a new value for %1. The old value cannot be shown: Vast.ai only returns it masked.</source>
        <translation>Geben Sie einen neuen Wert für %1 ein. Der alte Wert kann nicht angezeigt werden: Vast.ai gibt ihn nur maskiert zurück.</translation>
    </message>
    <message>
        <source>It will be saved as %1.</source>
        <translation>Er wird als %1 gespeichert.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the variable %1 was created. Look at the list before you try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und Keydeck konnte nicht prüfen, ob die Variable %1 erstellt wurde. Sehen Sie in der Liste nach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server. The variable %1 already existed, and the server does not create a name twice, so nothing changed; use Change Value to replace its value.</source>
        <translation>Vom Server kam keine lesbare Antwort. Die Variable %1 gab es schon, und der Server legt keinen Namen zweimal an, also hat sich nichts geändert; ersetzen Sie ihren Wert mit „Wert ändern“.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the variable %1 was not created; you can try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und die Variable %1 wurde nicht erstellt; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>A variable named %1 already exists. To replace its value, select it and choose Change Value.</source>
        <translation>Eine Variable namens %1 gibt es schon. Um ihren Wert zu ersetzen, wählen Sie sie aus und wählen Sie „Wert ändern“.</translation>
    </message>
</context>
<context>
    <name>EnvVarRules</name>
    <message>
        <source>Enter a name for the variable.</source>
        <translation>Geben Sie einen Namen für die Variable ein.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %n characters are allowed.</source>
        <translation>
            <numerusform>Der Name ist zu lang: Höchstens %n Zeichen sind erlaubt.</numerusform>
            <numerusform>Der Name ist zu lang: Höchstens %n Zeichen sind erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name must start with a letter or an underscore.</source>
        <translation>Der Name muss mit einem Buchstaben oder einem Unterstrich beginnen.</translation>
    </message>
    <message>
        <source>The name may contain only letters A–Z, digits and underscores.</source>
        <translation>Der Name darf nur die Buchstaben A–Z, Ziffern und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>Enter a value for the variable.</source>
        <translation>Geben Sie einen Wert für die Variable ein.</translation>
    </message>
</context>
<context>
    <name>EnvVarsPage</name>
    <message>
        <source>Environment variables are injected into every container you launch. Values are write-only: Vast.ai returns them masked, so they can be replaced but never shown or copied.</source>
        <translation>Umgebungsvariablen werden in jeden Container eingefügt, den Sie starten. Die Werte sind nur schreibbar: Vast.ai gibt sie maskiert zurück, sie können also ersetzt, aber nie angezeigt oder kopiert werden.</translation>
    </message>
    <message>
        <source>&amp;New Variable…</source>
        <translation>&amp;Neue Variable…</translation>
    </message>
    <message>
        <source>Add an environment variable (Ctrl+N)</source>
        <translation>Eine Umgebungsvariable hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Change Value…</source>
        <translation>&amp;Wert ändern…</translation>
    </message>
    <message>
        <source>Replace the value of the selected variable</source>
        <translation>Den Wert der ausgewählten Variable ersetzen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected variable (Del)</source>
        <translation>Die ausgewählte Variable löschen (Entf)</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Name enthält…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation>Die Liste neu vom Server laden (F5)</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Loading environment variables…</source>
        <translation>Umgebungsvariablen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the environment variables.</source>
        <translation>Die Umgebungsvariablen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Values are write-only: use Change Value to replace it.</source>
        <translation>Werte sind nur schreibbar: Ersetzen Sie ihn mit „Wert ändern“.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <source>No environment variables</source>
        <translation>Keine Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Variables you add here are injected into every container you launch.</source>
        <translation>Variablen, die Sie hier hinzufügen, werden in jeden Container eingefügt, den Sie starten.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n environment variable(s).</source>
        <translation>
            <numerusform>%n Umgebungsvariable geladen.</numerusform>
            <numerusform>%n Umgebungsvariablen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment variable %1 was added.</source>
        <translation>Die Umgebungsvariable %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The value of %1 was replaced.</source>
        <translation>Der Wert von %1 wurde ersetzt.</translation>
    </message>
    <message>
        <source>Delete Environment Variable</source>
        <translation>Umgebungsvariable löschen</translation>
    </message>
    <message>
        <source>Delete the environment variable %1?</source>
        <translation>Die Umgebungsvariable %1 löschen?</translation>
    </message>
    <message>
        <source>Containers launched from now on will not get it. Its value cannot be recovered.</source>
        <translation>Container, die ab jetzt gestartet werden, erhalten sie nicht mehr. Ihr Wert kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Environment variable %1 was deleted.</source>
        <translation>Die Umgebungsvariable %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Environment Variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the variable %1 was created.</source>
        <translation>Vom Server kam keine lesbare Antwort, aber die Variable %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether %1 was deleted. Refresh the list before you try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und Keydeck konnte nicht prüfen, ob %1 gelöscht wurde. Aktualisieren Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but %1 was deleted.</source>
        <translation>Vom Server kam keine lesbare Antwort, aber %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Environment variable %1 no longer exists on the server.</source>
        <translation>Die Umgebungsvariable %1 existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and %1 was not deleted; you can try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und %1 wurde nicht gelöscht; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n variable(s)</source>
        <translation>
            <numerusform>%1 von %n Variable</numerusform>
            <numerusform>%1 von %n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of variables</source>
        <translation>Anzahl der Variablen</translation>
    </message>
    <message>
        <source>The environment variables could not be refreshed: %1 The list shows them as loaded before.</source>
        <translation>Die Umgebungsvariablen konnten nicht aktualisiert werden: %1 Die Liste zeigt sie wie zuvor geladen.</translation>
    </message>
</context>
<context>
    <name>EverywhereText</name>
    <message>
        <source>%1 · team %2</source>
        <translation>%1 · Team %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3, %4)</source>
        <translation>%1 · %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Bereits weg</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost, and the list could not be read again: %1 Retry looks again.</source>
        <translation>Unbekannt: Die Antwort ging verloren, und die Liste konnte nicht erneut gelesen werden: %1 „Wiederholen“ sieht noch einmal nach.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost, and the list could not be read again: %1 Retry looks first.</source>
        <translation>Unbekannt: Die Antwort ging verloren, und die Liste konnte nicht erneut gelesen werden: %1 „Wiederholen“ sieht zuerst nach.</translation>
    </message>
    <message>
        <source>The keys of “%1” could not be read: %2 The key may be there already; Keydeck does not add it there.</source>
        <translation>Die Schlüssel von „%1“ konnten nicht gelesen werden: %2 Der Schlüssel ist dort vielleicht schon vorhanden; Keydeck fügt ihn dort nicht hinzu.</translation>
    </message>
    <message>
        <source>The keys of “%1” could not be read: %2 The key may be registered there unseen; Keydeck does not remove it there.</source>
        <translation>Die Schlüssel von „%1“ konnten nicht gelesen werden: %2 Der Schlüssel ist dort vielleicht unbemerkt registriert; Keydeck entfernt ihn dort nicht.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not looked in, because Keydeck could not open them: %1.</source>
        <translation>
            <numerusform>%n Konto nicht durchsucht, weil Keydeck es nicht öffnen konnte: %1.</numerusform>
            <numerusform>%n Konten nicht durchsucht, weil Keydeck sie nicht öffnen konnte: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Rotate &amp;Now…</source>
        <translation>&amp;Jetzt rotieren…</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>API Key Expiry</source>
        <translation>Ablauf des API-Schlüssels</translation>
    </message>
    <message>
        <source>The API cannot tell when a key expires. Copy the &quot;Expires&quot; date from the console&apos;s API page so Keydeck can warn you in time.</source>
        <translation>Die API kann nicht sagen, wann ein Schlüssel abläuft. Übernehmen Sie das Datum „Expires“ von der API-Seite der Konsole, damit Keydeck Sie rechtzeitig warnen kann.</translation>
    </message>
    <message>
        <source>I &amp;know the expiry date</source>
        <translation>Ich &amp;kenne das Ablaufdatum</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>Läuft &amp;ab am:</translation>
    </message>
</context>
<context>
    <name>ExpiryNotifier</name>
    <message>
        <source>Keydeck: API key expiry</source>
        <translation>Keydeck: Ablauf des API-Schlüssels</translation>
    </message>
    <message>
        <source>Keydeck: the API key of %1 expires soon</source>
        <translation>Keydeck: Der API-Schlüssel von %1 läuft bald ab</translation>
    </message>
</context>
<context>
    <name>FilterField</name>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc to clear the filter.</source>
        <translation>Nichts passt zu „%1“. Drücken Sie Esc, um den Filter zu leeren.</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Snooze or ignore</source>
        <translation>Zurückstellen oder ignorieren</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>Wieder anzeigen</translation>
    </message>
    <message>
        <source>Snooze for 7 Days</source>
        <translation>7 Tage zurückstellen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Remove Everywhere…</source>
        <translation>Überall entfernen…</translation>
    </message>
    <message>
        <source>Snooze, ignore or remove everywhere</source>
        <translation>Zurückstellen, ignorieren oder überall entfernen</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message numerus="yes">
        <source>One key is registered %n times, as %1: remove the extra entries so that removing the key once really removes it.</source>
        <translation>
            <numerusform>Ein Schlüssel ist %n-mal registriert, als %1: Entfernen Sie die überzähligen Einträge, damit ein einmaliges Entfernen den Schlüssel wirklich entfernt.</numerusform>
            <numerusform>Ein Schlüssel ist %n-mal registriert, als %1: Entfernen Sie die überzähligen Einträge, damit ein einmaliges Entfernen den Schlüssel wirklich entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The private key %1 has no passphrase: anyone who copies the file can use it.</source>
        <translation>Der private Schlüssel %1 hat keine Passphrase: Wer die Datei kopiert, kann ihn verwenden.</translation>
    </message>
    <message>
        <source>The folder %1 has mode %2: other users of this computer can look into it. It should be 0700.</source>
        <translation>Der Ordner %1 hat die Rechte %2: Andere Benutzer dieses Computers können hineinsehen. Richtig wäre 0700.</translation>
    </message>
    <message>
        <source>The private key %1 has mode %2: other users of this computer can read it. It should be 0600.</source>
        <translation>Der private Schlüssel %1 hat die Rechte %2: Andere Benutzer dieses Computers können ihn lesen. Richtig wäre 0600.</translation>
    </message>
    <message>
        <source>The public key %1 has mode %2: other users of this computer can change it.</source>
        <translation>Der öffentliche Schlüssel %1 hat die Rechte %2: Andere Benutzer dieses Computers können ihn ändern.</translation>
    </message>
    <message numerus="yes">
        <source>The API key expires on %1, in %n day(s): create a new one before it stops working.</source>
        <translation>
            <numerusform>Der API-Schlüssel läuft am %1 ab, in %n Tag: Erstellen Sie einen neuen, bevor er nicht mehr funktioniert.</numerusform>
            <numerusform>Der API-Schlüssel läuft am %1 ab, in %n Tagen: Erstellen Sie einen neuen, bevor er nicht mehr funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key expired on %1: create a new one and delete the old one.</source>
        <translation>Der API-Schlüssel ist am %1 abgelaufen: Erstellen Sie einen neuen und löschen Sie den alten.</translation>
    </message>
    <message>
        <source>The file %1 holds an API key in plain text: any program you run can read it.</source>
        <translation>Die Datei %1 enthält einen API-Schlüssel im Klartext: Jedes Programm, das Sie ausführen, kann ihn lesen.</translation>
    </message>
    <message>
        <source>Line %1 of %2 exports %3 with the API key in plain text: every program started from the shell sees it.</source>
        <translation>Zeile %1 von %2 exportiert %3 mit dem API-Schlüssel im Klartext: Jedes aus der Shell gestartete Programm sieht ihn.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off: a stolen password is enough to take over the account.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist aus: Ein gestohlenes Passwort genügt, um das Konto zu übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>The account is signed in on %n other device(s), the newest %1: sign out the ones you do not recognize.</source>
        <translation>
            <numerusform>Das Konto ist auf %n weiteren Gerät angemeldet, zuletzt %1: Melden Sie es ab, wenn Sie es nicht kennen.</numerusform>
            <numerusform>Das Konto ist auf %n weiteren Geräten angemeldet, zuletzt %1: Melden Sie die ab, die Sie nicht kennen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>On %1 the account saw %2 that Keydeck did not make (%3). If it was not you, review the account.</source>
        <translation>Am %1 gab es im Konto %2, die nicht von Keydeck stammt (%3). Wenn Sie es nicht waren, prüfen Sie das Konto.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Add a Passphrase…</source>
        <translation>Passphrase hinzufügen…</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Rotate API Key</source>
        <translation>API-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Set Up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Review Sessions</source>
        <translation>Sitzungen prüfen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>a change to the SSH keys</source>
        <translation>eine Änderung an den SSH-Schlüsseln</translation>
    </message>
    <message>
        <source>a change to the API keys</source>
        <translation>eine Änderung an den API-Schlüsseln</translation>
    </message>
    <message>
        <source>a change to two-factor authentication</source>
        <translation>eine Änderung an der Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>a sign-in</source>
        <translation>eine Anmeldung</translation>
    </message>
    <message>
        <source>a session signed out</source>
        <translation>eine Abmeldung einer Sitzung</translation>
    </message>
    <message>
        <source>a change of e-mail address or password</source>
        <translation>eine Änderung der E-Mail-Adresse oder des Passworts</translation>
    </message>
    <message>
        <source>The SSH key %1 was registered on %2, more than 90 days ago: the longer a key is used, the more places it may have been copied to. Replace it with a new one.</source>
        <translation>Der SSH-Schlüssel %1 wurde am %2 registriert, vor mehr als 90 Tagen: Je länger ein Schlüssel verwendet wird, desto mehr Orte kann es geben, an die er kopiert wurde. Ersetzen Sie ihn durch einen neuen.</translation>
    </message>
    <message>
        <source>The SSH key %1 has no copy on this computer. If it belongs to a device you no longer use or do not recognize, remove it: whoever holds it can reach your instances.</source>
        <translation>Vom SSH-Schlüssel %1 gibt es keine Kopie auf diesem Computer. Wenn er zu einem Gerät gehört, das Sie nicht mehr verwenden oder nicht kennen, entfernen Sie ihn: Wer ihn besitzt, erreicht Ihre Instanzen.</translation>
    </message>
    <message>
        <source>The SSH key %1 is %2, too weak by today&apos;s standards. Replace it with an Ed25519 key.</source>
        <translation>Der SSH-Schlüssel %1 ist %2 und nach heutigen Maßstäben zu schwach. Ersetzen Sie ihn durch einen Ed25519-Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>The SSH key %1 is registered in all %n accounts: if it is lost, every account is open. Use different keys for different services.</source>
        <translation>
            <numerusform>Der SSH-Schlüssel %1 ist in %n Konto registriert: Geht er verloren, steht jedes Konto offen. Verwenden Sie für verschiedene Dienste verschiedene Schlüssel.</numerusform>
            <numerusform>Der SSH-Schlüssel %1 ist in allen %n Konten registriert: Geht er verloren, steht jedes Konto offen. Verwenden Sie für verschiedene Dienste verschiedene Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key %1 was created on %2, more than 90 days ago: rotate it, as the console advises.</source>
        <translation>Der API-Schlüssel %1 wurde am %2 erstellt, vor mehr als 90 Tagen: Rotieren Sie ihn, wie es die Konsole empfiehlt.</translation>
    </message>
    <message>
        <source>SSH key changed</source>
        <translation>SSH-Schlüssel geändert</translation>
    </message>
    <message>
        <source>API key changed</source>
        <translation>API-Schlüssel geändert</translation>
    </message>
    <message>
        <source>Two-factor authentication changed</source>
        <translation>Zwei-Faktor-Authentifizierung geändert</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Session signed out</source>
        <translation>Sitzung abgemeldet</translation>
    </message>
    <message>
        <source>E-mail address or password changed</source>
        <translation>E-Mail-Adresse oder Passwort geändert</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>without a name (%1)</source>
        <translation>ohne Namen (%1)</translation>
    </message>
    <message>
        <source>without a name (ID %1)</source>
        <translation>ohne Namen (ID %1)</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Import and Remove…</source>
        <translation>Importieren und entfernen…</translation>
    </message>
</context>
<context>
    <name>GenerateSshKeyDialog</name>
    <message>
        <source>Generate SSH Key</source>
        <translation>SSH-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Keydeck creates a new Ed25519 key pair on this computer, saves it in your SSH folder and uploads the public key. The private key never leaves this computer.</source>
        <translation>Keydeck erzeugt ein neues Ed25519-Schlüsselpaar auf diesem Computer, speichert es in Ihrem SSH-Ordner und lädt den öffentlichen Schlüssel hoch. Der private Schlüssel verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Key comment</source>
        <translation>Schlüsselkommentar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <source>&amp;Generate and Upload</source>
        <translation>&amp;Erzeugen und hochladen</translation>
    </message>
    <message>
        <source>&amp;Retry Upload</source>
        <translation>Hochladen &amp;wiederholen</translation>
    </message>
    <message>
        <source>A file name in your SSH folder, or a full path. The public key is saved beside it with .pub added.</source>
        <translation>Ein Dateiname in Ihrem SSH-Ordner oder ein vollständiger Pfad. Der öffentliche Schlüssel wird daneben mit angehängtem .pub gespeichert.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Rotate SSH Key</source>
        <translation>SSH-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Keydeck creates a new Ed25519 key pair to replace “%1”, saves it in your SSH folder and uploads the public key. Then it asks before deleting the old key.</source>
        <translation>Keydeck erzeugt ein neues Ed25519-Schlüsselpaar als Ersatz für „%1“, speichert es in Ihrem SSH-Ordner und lädt den öffentlichen Schlüssel hoch. Vor dem Löschen des alten Schlüssels fragt es nach.</translation>
    </message>
    <message>
        <source>Choose a file name such as id_ed25519 (no leading dot, no folder separators at the end).</source>
        <translation>Wählen Sie einen Dateinamen wie id_ed25519 (ohne führenden Punkt, ohne Ordnertrennzeichen am Ende).</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Geben Sie die Passphrase zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Spheron AI needs a name for the key.</source>
        <translation>Spheron AI benötigt einen Namen für den Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back Up and Continue</source>
        <translation>Sichern und fortfahren</translation>
    </message>
    <message>
        <source>Programs that use the old key by its file name will use the new key.</source>
        <translation>Programme, die den alten Schlüssel über seinen Dateinamen verwenden, verwenden dann den neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Generating the key pair…</source>
        <translation>Schlüsselpaar wird erzeugt…</translation>
    </message>
    <message>
        <source>A key is already being generated.</source>
        <translation>Es wird bereits ein Schlüssel erzeugt.</translation>
    </message>
    <message>
        <source>Saved %1. Uploading the public key…</source>
        <translation>%1 gespeichert. Öffentlicher Schlüssel wird hochgeladen…</translation>
    </message>
    <message>
        <source>The key pair is saved as %1 and %2 and stays there. You can retry the upload now or add the .pub file later.</source>
        <translation>Das Schlüsselpaar ist als %1 und %2 gespeichert und bleibt dort. Sie können das Hochladen jetzt wiederholen oder die .pub-Datei später hinzufügen.</translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation>Passphrase &amp;bestätigen:</translation>
    </message>
    <message>
        <source>The upload was cancelled, but the key may still arrive. Checking the key list…</source>
        <translation>Das Hochladen wurde abgebrochen, aber der Schlüssel kann trotzdem noch ankommen. Keydeck prüft die Schlüsselliste…</translation>
    </message>
    <message>
        <source>Back Up Existing Key</source>
        <translation>Vorhandenen Schlüssel sichern</translation>
    </message>
    <message>
        <source>%1 already exists. Keydeck will rename the existing files to “%2.backup_&lt;time&gt;” and “%2.pub.backup_&lt;time&gt;” and then write the new key. Nothing is overwritten.</source>
        <translation>%1 existiert bereits. Keydeck benennt die vorhandenen Dateien in „%2.backup_&lt;time&gt;“ und „%2.pub.backup_&lt;time&gt;“ um und schreibt dann den neuen Schlüssel. Nichts wird überschrieben.</translation>
    </message>
</context>
<context>
    <name>ImportAndRemoveDialog</name>
    <message>
        <source>Import and Remove</source>
        <translation>Importieren und entfernen</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Comment &amp;Out Line…</source>
        <translation>Zeile &amp;auskommentieren…</translation>
    </message>
    <message>
        <source>&amp;Delete File…</source>
        <translation>Datei &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Line %1 of %2 exports your %3 API key in plaintext:</source>
        <translation>Zeile %1 von %2 exportiert Ihren %3-API-Schlüssel im Klartext:</translation>
    </message>
    <message>
        <source>%1 holds your %2 API key in plaintext:</source>
        <translation>%1 enthält Ihren %2-API-Schlüssel im Klartext:</translation>
    </message>
    <message>
        <source>Looking for this key among your accounts…</source>
        <translation>Dieser Schlüssel wird unter Ihren Konten gesucht…</translation>
    </message>
    <message>
        <source>No account in Keydeck has this key yet. Import checks it with %1, stores it in your system keychain and adds the account; then Keydeck can remove the plaintext copy.</source>
        <translation>Noch kein Konto in Keydeck hat diesen Schlüssel. „Importieren“ prüft ihn bei %1, legt ihn im Schlüsselbund Ihres Systems ab und fügt das Konto hinzu; danach kann Keydeck die Klartext-Kopie entfernen.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Imported as the account “%1”. The key is in your system keychain.</source>
        <translation>Als Konto „%1“ importiert. Der Schlüssel liegt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>This key is already stored as the account “%1”: there is nothing to import, only the plaintext copy to remove.</source>
        <translation>Dieser Schlüssel ist bereits als Konto „%1“ gespeichert: Es gibt nichts zu importieren, nur die Klartext-Kopie zu entfernen.</translation>
    </message>
    <message>
        <source>This %1 account asks for a two-factor code, which Import does not ask for. Add the account with Add Account, then remove the plaintext copy here. Nothing was removed.</source>
        <translation>Dieses %1-Konto verlangt einen Zwei-Faktor-Code, nach dem „Importieren“ nicht fragt. Fügen Sie das Konto mit „Konto hinzufügen“ hinzu und entfernen Sie dann hier die Klartext-Kopie. Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>%1 did not accept the key: %2 Nothing was imported and nothing was removed.</source>
        <translation>%1 hat den Schlüssel nicht angenommen: %2 Es wurde nichts importiert und nichts entfernt.</translation>
    </message>
    <message>
        <source>The key could not be checked with %1: %2 Nothing was imported and nothing was removed.</source>
        <translation>Der Schlüssel konnte bei %1 nicht geprüft werden: %2 Es wurde nichts importiert und nichts entfernt.</translation>
    </message>
    <message>
        <source>Comment Out Line</source>
        <translation>Zeile auskommentieren</translation>
    </message>
    <message>
        <source>Comment out line %1 of %2?</source>
        <translation>Zeile %1 von %2 auskommentieren?</translation>
    </message>
    <message>
        <source>Comment &amp;Out</source>
        <translation>&amp;Auskommentieren</translation>
    </message>
    <message>
        <source>Keydeck puts “# ” before the line and first keeps a copy of the file beside it. The key stays in your system keychain as “%1”.</source>
        <translation>Keydeck setzt „# “ vor die Zeile und legt vorher eine Kopie der Datei daneben. Der Schlüssel bleibt im Schlüsselbund Ihres Systems als „%1“.</translation>
    </message>
    <message>
        <source>Delete Key File</source>
        <translation>Schlüsseldatei löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The key stays in your system keychain as “%1”. Tools that read this file need the key from elsewhere.</source>
        <translation>Der Schlüssel bleibt im Schlüsselbund Ihres Systems als „%1“. Programme, die diese Datei lesen, brauchen den Schlüssel dann aus einer anderen Quelle.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is commented out. The old file is kept as %3 and still holds the key: delete it once your shell starts without the line.</source>
        <translation>Zeile %1 von %2 ist auskommentiert. Die alte Datei bleibt als %3 erhalten und enthält den Schlüssel noch: Löschen Sie sie, sobald Ihre Shell ohne die Zeile startet.</translation>
    </message>
    <message>
        <source>Deleted %1. The key is kept in your system keychain.</source>
        <translation>%1 gelöscht. Der Schlüssel bleibt im Schlüsselbund Ihres Systems.</translation>
    </message>
</context>
<context>
    <name>KeyEntryDialog</name>
    <message>
        <source>Enter an API Key</source>
        <translation>API-Schlüssel eingeben</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Show the key</source>
        <translation>Schlüssel an&amp;zeigen</translation>
    </message>
    <message>
        <source>Enter a New API Key</source>
        <translation>Neuen API-Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Use a New API Key</source>
        <translation>Neuen API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>&amp;Verify and Save</source>
        <translation>&amp;Prüfen und speichern</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Spheron AI keys start with &quot;sai_&quot;. Check that you copied the whole key.</source>
        <translation>Spheron-AI-Schlüssel beginnen mit „sai_“. Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>&amp;Open the Console</source>
        <translation>Konsole ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter the Reset API Key</source>
        <translation>Zurückgesetzten API-Schlüssel eingeben</translation>
    </message>
    <message>
        <source>%1 no longer accepts the API key Keydeck has for “%2”: it was deleted, reset or has expired. Paste a valid key; Keydeck checks it with the server, stores it for this account and carries on. Nothing else about the account changes.</source>
        <translation>%1 akzeptiert den API-Schlüssel, den Keydeck für „%2“ hat, nicht mehr: Er wurde gelöscht, zurückgesetzt oder ist abgelaufen. Fügen Sie einen gültigen Schlüssel ein; Keydeck prüft ihn beim Server, speichert ihn für dieses Konto und fährt fort. Sonst ändert sich nichts am Konto.</translation>
    </message>
    <message>
        <source>The API key of “%1” was reset, but its new key did not reach Keydeck. Open the %2 console, copy the new key and paste it here; Keydeck checks it with the server before it replaces the stored key.</source>
        <translation>Der API-Schlüssel von „%1“ wurde zurückgesetzt, aber der neue Schlüssel hat Keydeck nicht erreicht. Öffnen Sie die %2-Konsole, kopieren Sie den neuen Schlüssel und fügen Sie ihn hier ein; Keydeck prüft ihn beim Server, bevor er den gespeicherten Schlüssel ersetzt.</translation>
    </message>
    <message>
        <source>Paste the key you generated in the %1 console. Keydeck checks it with the server, then replaces the stored key of “%2” with it.</source>
        <translation>Fügen Sie den Schlüssel ein, den Sie in der %1-Konsole erzeugt haben. Keydeck prüft ihn beim Server und ersetzt dann damit den gespeicherten Schlüssel von „%2“.</translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message numerus="yes">
        <source>Your API key expires on %1, in %n day(s). Plan its rotation now: generate a new key, update your applications, test them, then revoke the old key.</source>
        <translation>
            <numerusform>Ihr API-Schlüssel läuft am %1 ab, in %n Tag. Planen Sie jetzt seine Rotation: Erzeugen Sie einen neuen Schlüssel, aktualisieren Sie Ihre Anwendungen, testen Sie sie und widerrufen Sie dann den alten Schlüssel.</numerusform>
            <numerusform>Ihr API-Schlüssel läuft am %1 ab, in %n Tagen. Planen Sie jetzt seine Rotation: Erzeugen Sie einen neuen Schlüssel, aktualisieren Sie Ihre Anwendungen, testen Sie sie und widerrufen Sie dann den alten Schlüssel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your API key expires on %1, in %n day(s). Applications that use it will fail after that date: rotate it now.</source>
        <translation>
            <numerusform>Ihr API-Schlüssel läuft am %1 ab, in %n Tag. Anwendungen, die ihn verwenden, schlagen danach fehl: Rotieren Sie ihn jetzt.</numerusform>
            <numerusform>Ihr API-Schlüssel läuft am %1 ab, in %n Tagen. Anwendungen, die ihn verwenden, schlagen danach fehl: Rotieren Sie ihn jetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your API key expired on %1. Generate a new key in the console and enter it here.</source>
        <translation>Ihr API-Schlüssel ist am %1 abgelaufen. Erzeugen Sie einen neuen Schlüssel in der Konsole und geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Seit %n Tag abgelaufen</numerusform>
            <numerusform>Seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Noch %n Tag</numerusform>
            <numerusform>Noch %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyFiles</name>
    <message>
        <source>There is no valid key pair to save.</source>
        <translation>Es gibt kein gültiges Schlüsselpaar zum Speichern.</translation>
    </message>
    <message>
        <source>“%1” is not a valid key file name. Use a plain name such as id_ed25519.</source>
        <translation>„%1“ ist kein gültiger Name für eine Schlüsseldatei. Verwenden Sie einen einfachen Namen wie id_ed25519.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>A key named %1 already exists in %2. Confirm a backup of the existing files first.</source>
        <translation>In %2 existiert bereits ein Schlüssel namens %1. Bestätigen Sie zuerst eine Sicherung der vorhandenen Dateien.</translation>
    </message>
    <message>
        <source>No free backup file name was found in %1.</source>
        <translation>In %1 wurde kein freier Name für die Sicherungsdatei gefunden.</translation>
    </message>
    <message>
        <source>The existing file %1 could not be backed up: %2</source>
        <translation>Die vorhandene Datei %1 konnte nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>The private key could not be written to %1: %2</source>
        <translation>Der private Schlüssel konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The public key could not be written to %1: %2</source>
        <translation>Der öffentliche Schlüssel konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Keydeck did not save the key: the folder %1 belongs to another user, who could replace the key files. Use a folder of your own, or make this one yours (chown).</source>
        <translation>Keydeck hat den Schlüssel nicht gespeichert: Der Ordner %1 gehört einem anderen Benutzer, der die Schlüsseldateien ersetzen könnte. Verwenden Sie einen eigenen Ordner oder machen Sie diesen zu Ihrem (chown).</translation>
    </message>
    <message>
        <source>Keydeck did not save the key: other users can change the folder %1 and could replace the key files. Make it private with chmod 700 and try again.</source>
        <translation>Keydeck hat den Schlüssel nicht gespeichert: Andere Benutzer können den Ordner %1 ändern und die Schlüsseldateien ersetzen. Machen Sie ihn mit chmod 700 privat und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The folder %1 can be read by other users; OpenSSH recommends making it private (chmod 700).</source>
        <translation>Der Ordner %1 kann von anderen Benutzern gelesen werden; OpenSSH empfiehlt, ihn privat zu machen (chmod 700).</translation>
    </message>
    <message>
        <source>Keydeck did not change %1: it is not a regular file.</source>
        <translation>Keydeck hat %1 nicht geändert: Es ist keine normale Datei.</translation>
    </message>
</context>
<context>
    <name>KeyPairGenerator</name>
    <message>
        <source>The key pair could not be generated (libssh error).</source>
        <translation>Das Schlüsselpaar konnte nicht erzeugt werden (libssh-Fehler).</translation>
    </message>
    <message>
        <source>The private key could not be exported (libssh error).</source>
        <translation>Der private Schlüssel konnte nicht exportiert werden (libssh-Fehler).</translation>
    </message>
    <message>
        <source>The public key could not be exported (libssh error).</source>
        <translation>Der öffentliche Schlüssel konnte nicht exportiert werden (libssh-Fehler).</translation>
    </message>
    <message>
        <source>The generated public key did not pass validation.</source>
        <translation>Der erzeugte öffentliche Schlüssel hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The key pair could not be generated.</source>
        <translation>Das Schlüsselpaar konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>The key pair could not be generated because Keydeck&apos;s SSH library (libssh) could not be loaded. Reinstall Keydeck.</source>
        <translation>Das Schlüsselpaar konnte nicht erzeugt werden, weil die SSH-Bibliothek von Keydeck (libssh) nicht geladen werden konnte. Installieren Sie Keydeck neu.</translation>
    </message>
</context>
<context>
    <name>KeySwitcher</name>
    <message>
        <source>The server did not accept this key: %1</source>
        <translation>Der Server hat diesen Schlüssel nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Keydeck uses the new key for now, but could not store it: %1 Copy the key somewhere safe before you quit.</source>
        <translation>Keydeck verwendet den neuen Schlüssel vorerst, konnte ihn aber nicht speichern: %1 Kopieren Sie den Schlüssel an einen sicheren Ort, bevor Sie das Programm beenden.</translation>
    </message>
    <message>
        <source>No secret store is available for this account, so the key cannot be saved.</source>
        <translation>Für dieses Konto ist kein Geheimnisspeicher verfügbar, daher kann der Schlüssel nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LocalActions</name>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>%1 is too large for Keydeck to change.</source>
        <translation>%1 ist zu groß, als dass Keydeck die Datei ändern könnte.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Keydeck cannot fix this finding by changing a file&apos;s permissions.</source>
        <translation>Keydeck kann diesen Befund nicht durch Ändern der Dateiberechtigungen beheben.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be changed.</source>
        <translation>Die Berechtigungen von %1 konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>Enter a passphrase for %1.</source>
        <translation>Geben Sie eine Passphrase für %1 ein.</translation>
    </message>
    <message>
        <source>Keydeck did not change %1: it is not a regular file.</source>
        <translation>Keydeck hat %1 nicht geändert: Es ist keine normale Datei.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase already.</source>
        <translation>%1 ist bereits durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>%1 is not a private key Keydeck can read.</source>
        <translation>%1 ist kein privater Schlüssel, den Keydeck lesen kann.</translation>
    </message>
    <message>
        <source>The passphrase could not be added because Keydeck&apos;s SSH library (libssh) could not be loaded. Reinstall Keydeck.</source>
        <translation>Die Passphrase konnte nicht hinzugefügt werden, weil Keydecks SSH-Bibliothek (libssh) nicht geladen werden konnte. Installieren Sie Keydeck neu.</translation>
    </message>
    <message>
        <source>Keydeck&apos;s SSH library (libssh) cannot encrypt %1. Add a passphrase with the command ssh-keygen -p -f %1 instead.</source>
        <translation>Keydecks SSH-Bibliothek (libssh) kann %1 nicht verschlüsseln. Fügen Sie stattdessen mit dem Befehl ssh-keygen -p -f %1 eine Passphrase hinzu.</translation>
    </message>
    <message>
        <source>The private key could not be encrypted (libssh error).</source>
        <translation>Der private Schlüssel konnte nicht verschlüsselt werden (libssh-Fehler).</translation>
    </message>
    <message>
        <source>Keydeck did not change %1: line %2 no longer reads as it did when it was checked. Check the file and try again.</source>
        <translation>Keydeck hat %1 nicht geändert: Zeile %2 lautet nicht mehr so wie bei der Prüfung. Prüfen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be backed up: %2</source>
        <translation>%1 konnte nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>no free name</source>
        <translation>kein freier Name</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>LocalKeys</name>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key file.</source>
        <translation>%1 ist zu groß für eine öffentliche Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>LocalKeysModel</name>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>Nicht verwendbar</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>LostKeyRecovery</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the key “%1” was created. Look at the key list before you try again, so that it is not created twice.</source>
        <translation>Vom Server kam keine lesbare Antwort, und Keydeck konnte nicht prüfen, ob der Schlüssel „%1“ erstellt wurde. Sehen Sie in der Schlüsselliste nach, bevor Sie es erneut versuchen, damit er nicht doppelt erstellt wird.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the key “%1” was not created; you can try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und der Schlüssel „%1“ wurde nicht erstellt; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Key Created Without Its Secret</source>
        <translation>Schlüssel ohne sein Geheimnis erstellt</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the key “%1” was created.</source>
        <translation>Vom Server kam keine lesbare Antwort, aber der Schlüssel „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>&amp;Delete the Key</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>Its secret could not be received, and %1 never shows it again, so nobody can use this key. Delete it (ID %2)? You can then create the key again.</source>
        <translation>Sein Geheimnis kam nicht an, und %1 zeigt es nie wieder an; niemand kann diesen Schlüssel also verwenden. Soll er gelöscht werden (ID %2)? Danach können Sie den Schlüssel erneut erstellen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the key “%1” was created. Its secret could not be received: delete the key (ID %2) from the list when you no longer need it.</source>
        <translation>Vom Server kam keine lesbare Antwort, aber der Schlüssel „%1“ wurde erstellt. Sein Geheimnis kam nicht an: Löschen Sie den Schlüssel (ID %2) aus der Liste, wenn Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the key “%1” was created without its secret reaching Keydeck. Keydeck deleted it; you can create the key again.</source>
        <translation>Vom Server kam keine lesbare Antwort, aber der Schlüssel „%1“ wurde erstellt, ohne dass sein Geheimnis Keydeck erreichte. Keydeck hat ihn gelöscht; Sie können den Schlüssel erneut erstellen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the key “%1” was created. Its secret could not be received, and deleting the key (ID %2) failed: %3</source>
        <translation>Vom Server kam keine lesbare Antwort, aber der Schlüssel „%1“ wurde erstellt. Sein Geheimnis kam nicht an, und das Löschen des Schlüssels (ID %2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keydeck</source>
        <translation>Keydeck</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>No accounts yet. Add a Vast.ai or Spheron AI account, or try the local demo.</source>
        <translation>Noch keine Konten. Fügen Sie ein Vast.ai- oder Spheron-AI-Konto hinzu oder probieren Sie die lokale Demo aus.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>K&amp;onto hinzufügen…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>:/icons/profile.svg</source>
        <translation>:/icons/profile.svg</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Once you add an account, its name, email, balance and teams appear here.</source>
        <translation>Sobald Sie ein Konto hinzufügen, erscheinen hier sein Name, seine E-Mail-Adresse, sein Guthaben und seine Teams.</translation>
    </message>
    <message>
        <source>&amp;SSH Keys</source>
        <translation>&amp;SSH-Schlüssel</translation>
    </message>
    <message>
        <source>:/icons/ssh-key.svg</source>
        <translation>:/icons/ssh-key.svg</translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Once you add an account, the SSH keys it lets into your GPU instances appear here. You can add, generate and remove keys.</source>
        <translation>Sobald Sie ein Konto hinzufügen, erscheinen hier die SSH-Schlüssel, mit denen Sie auf Ihre GPU-Instanzen zugreifen. Sie können Schlüssel hinzufügen, erzeugen und entfernen.</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>AP&amp;I-Schlüssel</translation>
    </message>
    <message>
        <source>:/icons/api-key.svg</source>
        <translation>:/icons/api-key.svg</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Once you add an account, its API keys appear here: create, rotate and revoke them, with the active key kept in your system keychain.</source>
        <translation>Sobald Sie ein Konto hinzufügen, erscheinen hier seine API-Schlüssel: Erstellen, rotieren und widerrufen Sie sie; der aktive Schlüssel liegt in Ihrem Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;About Keydeck</source>
        <translation>Über &amp;Keydeck</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Rename Account</source>
        <translation>Konto &amp;umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;move Account…</source>
        <translation>Konto ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>This account lives in Keydeck&apos;s local sandbox, not at a real provider.</source>
        <translation>Dieses Konto befindet sich in Keydecks lokaler Sandbox, nicht bei einem echten Anbieter.</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Demokonto</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Preparing the account…</source>
        <translation>Konto wird vorbereitet…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1” from Keydeck?</source>
        <translation>Das Konto „%1“ aus Keydeck entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The account itself, its SSH keys and API keys at the provider are not touched.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund gelöscht. Das Konto selbst sowie seine SSH-Schlüssel und API-Schlüssel beim Anbieter bleiben unberührt.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>The account “%1” was kept because its key could not be deleted.</source>
        <translation>Das Konto „%1“ wurde behalten, weil sein Schlüssel nicht gelöscht werden konnte.</translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>Nur im Speicher</translation>
    </message>
    <message>
        <source>Memory only: keys are not saved</source>
        <translation>Nur im Speicher: Schlüssel werden nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Network Log</source>
        <translation>&amp;Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>An account needs a name, so it is still called “%1”.</source>
        <translation>Ein Konto braucht einen Namen, daher heißt es weiterhin „%1“.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The profile of “%1” has changes that are not saved.</source>
        <translation>Das Profil von „%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>&amp;Quit Without Saving</source>
        <translation>Ohne Speichern &amp;beenden</translation>
    </message>
    <message>
        <source>To keep them, choose Cancel, then Save (Ctrl+S).</source>
        <translation>Um sie zu behalten, wählen Sie „Abbrechen“ und dann „Speichern“ (Strg+S).</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>Ohne Speichern beenden</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>The findings of every account and of this computer (Ctrl+0)</source>
        <translation>Die Befunde aller Konten und dieses Computers (Strg+0)</translation>
    </message>
    <message>
        <source>Security overview</source>
        <translation>Sicherheitsübersicht</translation>
    </message>
    <message>
        <source>Security &amp;Overview</source>
        <translation>Sicherheits&amp;übersicht</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 wird aktualisiert…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message numerus="yes">
        <source>%n new security finding(s) since the overview was last shown.</source>
        <translation>
            <numerusform>%n neuer Sicherheitsbefund, seit die Übersicht zuletzt gezeigt wurde.</numerusform>
            <numerusform>%n neue Sicherheitsbefunde, seit die Übersicht zuletzt gezeigt wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Network Log</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>Every request Keydeck sent in this run, with what the server answered. Keys, codes and variable values are replaced by [redacted]. Nothing here is written to disk unless you save it.</source>
        <translation>Jede Anfrage, die Keydeck in dieser Sitzung gesendet hat, mit der Antwort des Servers. Schlüssel, Codes und Variablenwerte sind durch [redacted] ersetzt. Nichts davon wird gespeichert, außer Sie sichern es.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(kein Konto)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No request has been sent yet in this run.</source>
        <translation>In dieser Sitzung wurde noch keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Save Network Log</source>
        <translation>Netzwerkprotokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The network log could not be saved to %1: %2</source>
        <translation>Das Netzwerkprotokoll konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Your New API Key</source>
        <translation>Ihr neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Neuen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>&amp;Use This Key in Keydeck</source>
        <translation>Diesen Schlüssel in Keydeck &amp;verwenden</translation>
    </message>
    <message>
        <source>I Have Saved the Key, C&amp;lose</source>
        <translation>Ich habe den Schlüssel gesichert, &amp;schließen</translation>
    </message>
    <message>
        <source>This is the only time the server shows this key. Copy it into your application or password manager now; Keydeck does not keep it unless you choose to use it here.</source>
        <translation>Nur dieses eine Mal zeigt der Server diesen Schlüssel an. Kopieren Sie ihn jetzt in Ihre Anwendung oder Ihren Passwortmanager; Keydeck behält ihn nur, wenn Sie ihn hier verwenden.</translation>
    </message>
    <message>
        <source>Your old key stopped working. Keydeck uses this new key from now on. Copy it now if other applications need it: the server will not show it again.</source>
        <translation>Ihr alter Schlüssel funktioniert nicht mehr. Keydeck verwendet ab jetzt diesen neuen Schlüssel. Kopieren Sie ihn jetzt, falls andere Anwendungen ihn brauchen: Der Server zeigt ihn nicht noch einmal an.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Keydeck Uses This Key</source>
        <translation>Keydeck verwendet diesen Schlüssel</translation>
    </message>
    <message>
        <source>This is the new value of the key the server reset, most likely the account&apos;s main key. Keydeck keeps using its own key. Copy this one now for the applications that used the old one: the server will not show it again.</source>
        <translation>Dies ist der neue Wert des Schlüssels, den der Server zurückgesetzt hat, wahrscheinlich des Hauptschlüssels des Kontos. Keydeck verwendet weiter seinen eigenen Schlüssel. Kopieren Sie diesen jetzt für die Anwendungen, die den alten verwendet haben: Der Server zeigt ihn nicht noch einmal.</translation>
    </message>
    <message>
        <source>You have not copied this key, and Keydeck has not stored it. The server shows it only once: after you close this window, nobody can see it again.</source>
        <translation>Sie haben diesen Schlüssel nicht kopiert, und Keydeck hat ihn nicht gespeichert. Der Server zeigt ihn nur einmal: Nachdem Sie dieses Fenster geschlossen haben, kann ihn niemand mehr sehen.</translation>
    </message>
    <message>
        <source>&amp;Close Without Saving</source>
        <translation>&amp;Ohne Sichern schließen</translation>
    </message>
    <message>
        <source>Close Without Saving the Key</source>
        <translation>Schließen, ohne den Schlüssel zu sichern</translation>
    </message>
</context>
<context>
    <name>NewTwoFactorMethodDialog</name>
    <message>
        <source>Set Up an Authenticator App</source>
        <translation>Authenticator-App einrichten</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>QR-Code für Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>Key to type in:</source>
        <translation>Einzugebender Schlüssel:</translation>
    </message>
    <message>
        <source>Key to type into your authenticator app</source>
        <translation>Schlüssel zur Eingabe in Ihre Authenticator-App</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>+12345678901</source>
        <translation>+12345678901</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Send Code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Bezeichnun&amp;g:</translation>
    </message>
    <message>
        <source>Label of the new method</source>
        <translation>Bezeichnung der neuen Methode</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Code from the new method</source>
        <translation>Code der neuen Methode</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Add a Phone for Text Messages</source>
        <translation>Telefon für SMS hinzufügen</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code, send a code to it, and enter the code you receive.</source>
        <translation>Geben Sie die Telefonnummer mit Ländervorwahl ein, senden Sie einen Code daran und geben Sie den erhaltenen Code ein.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Scan the QR code with your authenticator app, or type the key in by hand. Then enter the 6-digit code the app shows.</source>
        <translation>Scannen Sie den QR-Code mit Ihrer Authenticator-App oder geben Sie den Schlüssel von Hand ein. Geben Sie dann den 6-stelligen Code ein, den die App anzeigt.</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>The authenticator could not be set up: %1</source>
        <translation>Die Authenticator-App konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The code could not be sent: %1</source>
        <translation>Der Code konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Send Another Code</source>
        <translation>&amp;Neuen Code senden</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the code the new method shows now.</source>
        <translation>Der Code wurde nicht akzeptiert. Geben Sie den Code ein, den die neue Methode jetzt anzeigt.</translation>
    </message>
</context>
<context>
    <name>OnboardingController</name>
    <message>
        <source>Go back and check that you pasted the whole key, or create a new key on the provider&apos;s page.</source>
        <translation>Gehen Sie zurück und prüfen Sie, ob Sie den ganzen Schlüssel eingefügt haben, oder erstellen Sie einen neuen Schlüssel auf der Seite des Anbieters.</translation>
    </message>
    <message>
        <source>Enter the six-digit code below.</source>
        <translation>Geben Sie unten den sechsstelligen Code ein.</translation>
    </message>
    <message>
        <source>Go back and use a key that may read your account.</source>
        <translation>Gehen Sie zurück und verwenden Sie einen Schlüssel, der Ihr Konto lesen darf.</translation>
    </message>
    <message>
        <source>Go back and check that you chose the right provider for this key.</source>
        <translation>Gehen Sie zurück und prüfen Sie, ob Sie den richtigen Anbieter für diesen Schlüssel gewählt haben.</translation>
    </message>
    <message>
        <source>Press Retry to check again.</source>
        <translation>Klicken Sie auf „Wiederholen“, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>%1 %2 Nothing was saved.</source>
        <translation>%1 %2 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Schlüssel wird geprüft</translation>
    </message>
    <message>
        <source>A quick call to the provider shows whether the key works.</source>
        <translation>Ein kurzer Aufruf beim Anbieter zeigt, ob der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>The key works. Keydeck can now manage your %1 account.</source>
        <translation>Der Schlüssel funktioniert. Keydeck kann jetzt Ihr Konto bei %1 verwalten.</translation>
    </message>
    <message>
        <source>Starting the demo</source>
        <translation>Demo wird gestartet</translation>
    </message>
    <message>
        <source>Keydeck starts a practice server on this computer; nothing goes to the internet.</source>
        <translation>Keydeck startet einen Übungsserver auf diesem Computer; nichts geht ins Internet.</translation>
    </message>
    <message>
        <source>Starting the local demo server…</source>
        <translation>Lokaler Demoserver wird gestartet…</translation>
    </message>
    <message>
        <source>The demo could not start. %1</source>
        <translation>Die Demo konnte nicht starten. %1</translation>
    </message>
    <message>
        <source>The demo could not start. Keydeck could not add the demo account.</source>
        <translation>Die Demo konnte nicht starten. Keydeck konnte das Demokonto nicht hinzufügen.</translation>
    </message>
    <message>
        <source>Connecting to the demo server…</source>
        <translation>Verbindung zum Demoserver wird hergestellt…</translation>
    </message>
    <message>
        <source>The local demo is running. Its %1 account is ready for you to try; nothing you do there reaches a real account.</source>
        <translation>Die lokale Demo läuft. Ihr Demokonto für %1 steht zum Ausprobieren bereit; nichts, was Sie dort tun, erreicht ein echtes Konto.</translation>
    </message>
    <message>
        <source>Signing in with the code…</source>
        <translation>Anmeldung mit dem Code…</translation>
    </message>
    <message>
        <source>The code was not accepted. %1</source>
        <translation>Der Code wurde nicht akzeptiert. %1</translation>
    </message>
    <message>
        <source>Keydeck could not add the account.</source>
        <translation>Keydeck konnte das Konto nicht hinzufügen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is ready. It runs on this computer only, and the window is marked “Demo” so it is never mistaken for a real account.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist bereit. Es läuft nur auf diesem Computer, und das Fenster ist mit „Demo“ gekennzeichnet, damit es nie mit einem echten Konto verwechselt wird.</translation>
    </message>
    <message>
        <source>The demo data was reset because its key was no longer stored.</source>
        <translation>Die Demodaten wurden zurückgesetzt, weil ihr Schlüssel nicht mehr gespeichert war.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is saved. Its key is in your system keychain.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist gespeichert. Sein Schlüssel liegt in Ihrem Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>No SSH key was added; you can add one on the SSH Keys tab at any time.</source>
        <translation>Es wurde kein SSH-Schlüssel hinzugefügt; Sie können jederzeit einen auf der Registerkarte „SSH-Schlüssel“ hinzufügen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;API Keys&lt;/b&gt;: create keys for scripts and tools, each with only the permissions it needs.</source>
        <translation>&lt;b&gt;API-Schlüssel&lt;/b&gt;: Erstellen Sie Schlüssel für Skripte und Werkzeuge, jeden nur mit den Berechtigungen, die er braucht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;API Keys&lt;/b&gt;: see and test the stored key, note its expiry, and open the dashboard to make new ones.</source>
        <translation>&lt;b&gt;API-Schlüssel&lt;/b&gt;: Sehen und testen Sie den gespeicherten Schlüssel, notieren Sie sein Ablaufdatum und öffnen Sie das Dashboard, um neue zu erstellen.</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile&lt;/b&gt;: check your balance and account details.</source>
        <translation>&lt;b&gt;Profil&lt;/b&gt;: Prüfen Sie Ihr Guthaben und Ihre Kontodaten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;SSH Keys&lt;/b&gt;: add, copy or generate keys (Ctrl+N).</source>
        <translation>&lt;b&gt;SSH-Schlüssel&lt;/b&gt;: Schlüssel hinzufügen, kopieren oder erzeugen (Strg+N).</translation>
    </message>
    <message>
        <source>Deleted %1. The key is kept in your system keychain.</source>
        <translation>%1 gelöscht. Der Schlüssel bleibt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>You can continue for this run only: the demo key is then kept in memory and the demo data starts afresh next time.</source>
        <translation>Sie können nur für diesen Programmlauf fortfahren: Der Demoschlüssel wird dann im Arbeitsspeicher gehalten, und die Demodaten beginnen beim nächsten Mal von vorn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is set up for this run. Its key is kept in memory and forgotten when Keydeck quits.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist bis zum Beenden von Keydeck eingerichtet. Sein Schlüssel wird im Arbeitsspeicher gehalten und beim Beenden von Keydeck vergessen.</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Set Up Keydeck</source>
        <translation>Keydeck einrichten</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>OpenAccount</name>
    <message>
        <source>No API key is stored for “%1”. Enter the key again to use this account.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert. Geben Sie den Schlüssel erneut ein, um dieses Konto zu verwenden.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>No passphrase: anyone who gets a copy of the private key file can use it.</source>
        <translation>Keine Passphrase: Jeder, der eine Kopie der privaten Schlüsseldatei erhält, kann sie verwenden.</translation>
    </message>
    <message>
        <source>Weak passphrase: a fast offline attack would need %1 to guess it. Use several unrelated words.</source>
        <translation>Schwache Passphrase: Ein schneller Offline-Angriff bräuchte %1, um sie zu erraten. Verwenden Sie mehrere Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Fair passphrase: a fast offline attack would need %1 to guess it. Another word would make it strong.</source>
        <translation>Mittelstarke Passphrase: Ein schneller Offline-Angriff bräuchte %1, um sie zu erraten. Ein weiteres Wort würde sie stark machen.</translation>
    </message>
    <message>
        <source>Strong passphrase: a fast offline attack would need %1 to guess it.</source>
        <translation>Starke Passphrase: Ein schneller Offline-Angriff bräuchte %1, um sie zu erraten.</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>etwa %n Tag</numerusform>
            <numerusform>etwa %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>etwa %n Monat</numerusform>
            <numerusform>etwa %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>etwa %n Jahr</numerusform>
            <numerusform>etwa %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>more than a thousand years</source>
        <translation>mehr als tausend Jahre</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Reload the profile from the server (F5)</source>
        <translation>Das Profil neu vom Server laden (F5)</translation>
    </message>
    <message>
        <source>Personal Details</source>
        <translation>Persönliche Angaben</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email address (read-only)</source>
        <translation>E-Mail-Adresse (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The email address is changed with your identity provider, not here.</source>
        <translation>Die E-Mail-Adresse wird bei Ihrem Identitätsanbieter geändert, nicht hier.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Kredit:</translation>
    </message>
    <message>
        <source>Two-factor authentication:</source>
        <translation>Zwei-Faktor-Authentifizierung:</translation>
    </message>
    <message>
        <source>Sign &amp;Out of Two-Factor Session</source>
        <translation>Von der Zwei-Faktor-Sitzung ab&amp;melden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Spheron AI has no API for your profile: your name and company are edited on the web console, and your email address with your sign-in provider (GitHub or Google).</source>
        <translation>Spheron AI bietet keine API für Ihr Profil: Name und Firma bearbeiten Sie in der Webkonsole, Ihre E-Mail-Adresse bei Ihrem Anmeldeanbieter (GitHub oder Google).</translation>
    </message>
    <message>
        <source>Edit Profile on the &amp;Web Console</source>
        <translation>Profil in der &amp;Webkonsole bearbeiten</translation>
    </message>
    <message>
        <source>Teams and Balances</source>
        <translation>Teams und Guthaben</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Web Console</source>
        <translation>Webkonsole</translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation>Vom Server nicht gemeldet</translation>
    </message>
    <message>
        <source>Working in team %1.</source>
        <translation>Sie arbeiten im Team %1.</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Ihr Profil wird geladen…</translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation>Ihre Teams werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the profile.</source>
        <translation>Das Profil konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the teams.</source>
        <translation>Die Teams konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Profile loaded.</source>
        <translation>Profil geladen.</translation>
    </message>
    <message>
        <source>Unnamed team</source>
        <translation>Unbenanntes Team</translation>
    </message>
    <message>
        <source>Current team</source>
        <translation>Aktuelles Team</translation>
    </message>
    <message>
        <source>The server did not say which team is current on the web console.</source>
        <translation>Der Server hat nicht mitgeteilt, welches Team in der Webkonsole aktuell ist.</translation>
    </message>
    <message>
        <source>%1 is the current team on the web console. Keydeck works in the team chosen above.</source>
        <translation>%1 ist das aktuelle Team in der Webkonsole. Keydeck arbeitet in dem oben gewählten Team.</translation>
    </message>
    <message>
        <source>No teams</source>
        <translation>Keine Teams</translation>
    </message>
    <message>
        <source>This API key does not belong to any team.</source>
        <translation>Dieser API-Schlüssel gehört zu keinem Team.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n team(s).</source>
        <translation>
            <numerusform>%n Team geladen.</numerusform>
            <numerusform>%n Teams geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username cannot be empty.</source>
        <translation>Der Benutzername darf nicht leer sein.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>On (legacy method)</source>
        <translation>Ein (älteres Verfahren)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1. Keydeck is signed in with a two-factor session.</source>
        <translation>%1. Keydeck ist mit einer Zwei-Faktor-Sitzung angemeldet.</translation>
    </message>
    <message>
        <source>Your changes were not saved. %1</source>
        <translation>Ihre Änderungen wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Could not save the profile.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>%1 wurde in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-Mai&amp;l:</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Save &amp;Changes</source>
        <translation>Änderungen spei&amp;chern</translation>
    </message>
    <message>
        <source>A username cannot contain spaces.</source>
        <translation>Ein Benutzername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A username cannot contain “%1”. Use letters, digits and . _ - @ +.</source>
        <translation>Ein Benutzername darf „%1“ nicht enthalten. Verwenden Sie Buchstaben, Ziffern und . _ - @ +.</translation>
    </message>
    <message>
        <source>Number of teams</source>
        <translation>Anzahl der Teams</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be refreshed: %1 It shows what was loaded before.</source>
        <translation>Das Profil konnte nicht aktualisiert werden: %1 Es zeigt, was zuvor geladen wurde.</translation>
    </message>
    <message>
        <source>The teams could not be refreshed: %1 They show what was loaded before.</source>
        <translation>Die Teams konnten nicht aktualisiert werden: %1 Sie zeigen, was zuvor geladen wurde.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose a provider</source>
        <translation>Anbieter wählen</translation>
    </message>
    <message>
        <source>Which GPU cloud do you want to manage?</source>
        <translation>Welche GPU-Cloud möchten Sie verwalten?</translation>
    </message>
    <message>
        <source>&amp;Vast.ai</source>
        <translation>&amp;Vast.ai</translation>
    </message>
    <message>
        <source>Connect a Vast.ai account with its API key.</source>
        <translation>Ein Vast.ai-Konto mit seinem API-Schlüssel verbinden.</translation>
    </message>
    <message>
        <source>Profile, SSH keys, API keys, environment variables and login sessions.</source>
        <translation>Profil, SSH-Schlüssel, API-Schlüssel, Umgebungsvariablen und Anmeldesitzungen.</translation>
    </message>
    <message>
        <source>&amp;Spheron AI</source>
        <translation>&amp;Spheron AI</translation>
    </message>
    <message>
        <source>Connect a Spheron AI account with its API key.</source>
        <translation>Ein Spheron-AI-Konto mit seinem API-Schlüssel verbinden.</translation>
    </message>
    <message>
        <source>Teams and balance, SSH keys, and your stored API key.</source>
        <translation>Teams und Guthaben, SSH-Schlüssel und Ihr gespeicherter API-Schlüssel.</translation>
    </message>
    <message>
        <source>Try the local &amp;demo</source>
        <translation>Lokale &amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Practice with a local demo server; no account needed.</source>
        <translation>Üben Sie mit einem lokalen Demoserver; kein Konto nötig.</translation>
    </message>
    <message>
        <source>No account needed: Keydeck runs a practice server on this computer. Its data is kept for your next visit.</source>
        <translation>Kein Konto nötig: Keydeck betreibt einen Übungsserver auf diesem Computer. Seine Daten bleiben für Ihren nächsten Besuch erhalten.</translation>
    </message>
    <message>
        <source>Demo provider</source>
        <translation>Demo-Anbieter</translation>
    </message>
    <message>
        <source>The demo behaves &amp;like:</source>
        <translation>Die Demo verhält sich w&amp;ie:</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>Paste a public key: one line that starts with its type, such as ssh-ed25519.</source>
        <translation>Fügen Sie einen öffentlichen Schlüssel ein: eine Zeile, die mit seinem Typ beginnt, etwa ssh-ed25519.</translation>
    </message>
    <message>
        <source>The text has several lines. Paste exactly one public key, on a single line.</source>
        <translation>Der Text hat mehrere Zeilen. Fügen Sie genau einen öffentlichen Schlüssel in einer einzigen Zeile ein.</translation>
    </message>
    <message>
        <source>This is a private key. Never share or upload it: paste the public key instead, the one line in the matching .pub file.</source>
        <translation>Dies ist ein privater Schlüssel. Geben Sie ihn niemals weiter und laden Sie ihn nicht hoch: Fügen Sie stattdessen den öffentlichen Schlüssel ein, die eine Zeile in der passenden .pub-Datei.</translation>
    </message>
    <message>
        <source>This line starts with authorized_keys options. Remove everything in front of the key type (such as ssh-ed25519) and paste the key alone.</source>
        <translation>Diese Zeile beginnt mit authorized_keys-Optionen. Entfernen Sie alles vor dem Schlüsseltyp (etwa ssh-ed25519) und fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>“%1” is not a supported SSH key type. Use an Ed25519, ECDSA or RSA public key.</source>
        <translation>„%1“ ist kein unterstützter SSH-Schlüsseltyp. Verwenden Sie einen öffentlichen Ed25519-, ECDSA- oder RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>DSA keys (ssh-dss) are insecure and refused by current OpenSSH servers. Create an Ed25519 key instead.</source>
        <translation>DSA-Schlüssel (ssh-dss) sind unsicher und werden von aktuellen OpenSSH-Servern abgelehnt. Erzeugen Sie stattdessen einen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The key data is missing or damaged. Copy the whole line from the .pub file again.</source>
        <translation>Die Schlüsseldaten fehlen oder sind beschädigt. Kopieren Sie die ganze Zeile erneut aus der .pub-Datei.</translation>
    </message>
    <message>
        <source>The key data holds a %1 key, which does not match the type written in front of it.</source>
        <translation>Die Schlüsseldaten enthalten einen %1-Schlüssel, der nicht zu dem davor angegebenen Typ passt.</translation>
    </message>
    <message>
        <source>The key data has extra bytes after the key. Copy the line from the .pub file again.</source>
        <translation>Die Schlüsseldaten enthalten nach dem Schlüssel zusätzliche Bytes. Kopieren Sie die Zeile erneut aus der .pub-Datei.</translation>
    </message>
    <message>
        <source>“%1” looks like the path of a file, not a key. Paste the content of the .pub file instead.</source>
        <translation>„%1“ sieht wie ein Dateipfad aus, nicht wie ein Schlüssel. Fügen Sie stattdessen den Inhalt der .pub-Datei ein.</translation>
    </message>
    <message>
        <source>The text is far too long to be an SSH public key.</source>
        <translation>Der Text ist viel zu lang für einen öffentlichen SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; 3072 bits or an Ed25519 key is recommended.</source>
        <translation>Dieser RSA-Schlüssel hat nur %1 Bit; empfohlen werden 3072 Bit oder ein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>Keydeck cannot check SSH keys because its SSH library (libssh) could not be loaded. Reinstall Keydeck.</source>
        <translation>Keydeck kann SSH-Schlüssel nicht prüfen, weil seine SSH-Bibliothek (libssh) nicht geladen werden konnte. Installieren Sie Keydeck neu.</translation>
    </message>
</context>
<context>
    <name>QuickReferenceCard</name>
    <message>
        <source>Quick Reference</source>
        <translation>Kurzreferenz</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Basis-URL kopieren</translation>
    </message>
    <message>
        <source>Auth header</source>
        <translation>Auth-Header</translation>
    </message>
    <message>
        <source>Copy the auth header</source>
        <translation>Auth-Header kopieren</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Copy the content type</source>
        <translation>Inhaltstyp kopieren</translation>
    </message>
    <message>
        <source>curl example</source>
        <translation>curl-Beispiel</translation>
    </message>
    <message>
        <source>Copy the curl example</source>
        <translation>curl-Beispiel kopieren</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>auth header</source>
        <translation>Auth-Header</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Set the key first, without it reaching your shell history: read -rs %1 &amp;&amp; export %1</source>
        <translation>Legen Sie zuerst den Schlüssel fest, ohne dass er in Ihrem Shell-Verlauf landet: read -rs %1 &amp;&amp; export %1</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Au&amp;th header:</source>
        <translation>Au&amp;th-Header:</translation>
    </message>
    <message>
        <source>Content-Type:</source>
        <translation>Content-Type:</translation>
    </message>
    <message>
        <source>curl example:</source>
        <translation>curl-Beispiel:</translation>
    </message>
</context>
<context>
    <name>RecentActivityView</name>
    <message>
        <source>Recent Activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Security events of the last 30 days from the accounts&apos; audit logs. Those Keydeck did not make are marked and listed above as findings.</source>
        <translation>Sicherheitsereignisse der letzten 30 Tage aus den Audit-Protokollen der Konten. Was nicht von Keydeck stammt, ist markiert und oben als Befund aufgeführt.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>%1
Made by Keydeck.</source>
        <translation>%1
Von Keydeck.</translation>
    </message>
    <message>
        <source>%1
Not made by Keydeck.</source>
        <translation>%1
Nicht von Keydeck.</translation>
    </message>
    <message>
        <source>%1, not made by Keydeck</source>
        <translation>%1, nicht von Keydeck</translation>
    </message>
</context>
<context>
    <name>RemoveEverywhereDialog</name>
    <message>
        <source>Remove a Key Everywhere</source>
        <translation>Schlüssel überall entfernen</translation>
    </message>
    <message>
        <source>For a lost or compromised device: choose its key, and Keydeck looks for it in every account and team. Nothing is removed before you confirm.</source>
        <translation>Für ein verlorenes oder kompromittiertes Gerät: Wählen Sie seinen Schlüssel, und Keydeck sucht ihn in jedem Konto und Team. Entfernt wird erst, wenn Sie bestätigen.</translation>
    </message>
    <message>
        <source>A key on this com&amp;puter:</source>
        <translation>Ein Schlüssel auf diesem Com&amp;puter:</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Schlüssel auf diesem Computer</translation>
    </message>
    <message>
        <source>A registered &amp;fingerprint:</source>
        <translation>Ein registrierter &amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>Registered fingerprint</source>
        <translation>Registrierter Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA256:…</source>
        <translation>SHA256:…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Look for the key in every account and team</source>
        <translation>Den Schlüssel in jedem Konto und Team suchen</translation>
    </message>
    <message>
        <source>Where the key is registered</source>
        <translation>Wo der Schlüssel registriert ist</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Remove Everywhere…</source>
        <translation>Überall &amp;entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>No public keys in ~/.ssh</source>
        <translation>Keine öffentlichen Schlüssel in ~/.ssh</translation>
    </message>
    <message>
        <source>This is an MD5 fingerprint. Keydeck compares SHA256 fingerprints: enter the one that starts with “SHA256:”, as the SSH Keys tab and ssh-keygen -l show it.</source>
        <translation>Das ist ein MD5-Fingerabdruck. Keydeck vergleicht SHA256-Fingerabdrücke: Geben Sie den ein, der mit „SHA256:“ beginnt, wie ihn die Registerkarte „SSH-Schlüssel“ und ssh-keygen -l zeigen.</translation>
    </message>
    <message>
        <source>This is not a SHA256 fingerprint. It starts with “SHA256:” followed by 43 letters, digits, “+” or “/”, as the SSH Keys tab and ssh-keygen -l show it.</source>
        <translation>Das ist kein SHA256-Fingerabdruck. Er beginnt mit „SHA256:“, gefolgt von 43 Buchstaben, Ziffern, „+“ oder „/“, wie ihn die Registerkarte „SSH-Schlüssel“ und ssh-keygen -l zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>Looking in %n account(s)…</source>
        <translation>
            <numerusform>Suche in %n Konto…</numerusform>
            <numerusform>Suche in %n Konten…</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>The key is not registered in any account.</source>
        <translation>Der Schlüssel ist in keinem Konto registriert.</translation>
    </message>
    <message>
        <source>The key is not registered in any list Keydeck could read.</source>
        <translation>Der Schlüssel ist in keiner Liste registriert, die Keydeck lesen konnte.</translation>
    </message>
    <message numerus="yes">
        <source>The key is registered in %n place(s).</source>
        <translation>
            <numerusform>Der Schlüssel ist an %n Stelle registriert.</numerusform>
            <numerusform>Der Schlüssel ist an %n Stellen registriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered key(s) could not be compared: their text is missing or unreadable.</source>
        <translation>
            <numerusform>%n registrierter Schlüssel konnte nicht verglichen werden: Sein Text fehlt oder ist unlesbar.</numerusform>
            <numerusform>%n registrierte Schlüssel konnten nicht verglichen werden: Ihr Text fehlt oder ist unlesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the key %1 from %n place(s)?</source>
        <translation>
            <numerusform>Den Schlüssel %1 von %n Stelle entfernen?</numerusform>
            <numerusform>Den Schlüssel %1 von %n Stellen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines created from now on will not accept it; machines already running may still accept it until they are recreated.</source>
        <translation>Ab jetzt erstellte Maschinen nehmen ihn nicht mehr an; bereits laufende Maschinen nehmen ihn womöglich noch an, bis sie neu erstellt werden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Removing the key from %n place(s)…</source>
        <translation>
            <numerusform>Der Schlüssel wird von %n Stelle entfernt…</numerusform>
            <numerusform>Der Schlüssel wird von %n Stellen entfernt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %n place(s) again…</source>
        <translation>
            <numerusform>%n Stelle wird erneut versucht…</numerusform>
            <numerusform>%n Stellen werden erneut versucht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is gone from %n place(s).</source>
        <translation>
            <numerusform>Der Schlüssel ist an %n Stelle entfernt.</numerusform>
            <numerusform>Der Schlüssel ist an %n Stellen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) may still have it: Retry tries them again.</source>
        <translation>
            <numerusform>An %n Stelle ist er vielleicht noch: „Wiederholen“ versucht es dort erneut.</numerusform>
            <numerusform>An %n Stellen ist er vielleicht noch: „Wiederholen“ versucht es dort erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keydeck is still removing the key. The window can be closed once every account has answered.</source>
        <translation>Keydeck entfernt den Schlüssel noch. Das Fenster lässt sich schließen, sobald jedes Konto geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>RotationAssistantDialog</name>
    <message>
        <source>Rotate the API Key</source>
        <translation>API-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>&amp;Create the New Key</source>
        <translation>Neuen Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Open the Console</source>
        <translation>Konsole ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Paste the New Key…</source>
        <translation>Neuen Schlüssel ei&amp;nfügen…</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Neuen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Shell example</source>
        <translation>Shell-Beispiel</translation>
    </message>
    <message>
        <source>&amp;Use the New Key in Keydeck</source>
        <translation>Neuen Schlüssel in Keydeck &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Test Keydeck&apos;s Key</source>
        <translation>Keydecks Schlüssel &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Revoke the Old Key…</source>
        <translation>Alten Schlüssel wi&amp;derrufen…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>neuen Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Keydeck creates a second key with the same permissions as the old one. The old key keeps working until the last step, so nothing breaks while you update your applications.</source>
        <translation>Keydeck erstellt einen zweiten Schlüssel mit denselben Berechtigungen wie der alte. Der alte Schlüssel funktioniert bis zum letzten Schritt weiter, damit nichts ausfällt, während Sie Ihre Anwendungen aktualisieren.</translation>
    </message>
    <message>
        <source>Rotated %1</source>
        <translation>Rotiert am %1</translation>
    </message>
    <message>
        <source>Put the new key into every application and environment that used the old one, for example in the %1 environment variable. The server shows this key only now.</source>
        <translation>Tragen Sie den neuen Schlüssel in jede Anwendung und Umgebung ein, die den alten verwendet hat, zum Beispiel in die Umgebungsvariable %1. Der Server zeigt diesen Schlüssel nur jetzt an.</translation>
    </message>
    <message>
        <source>Delete the old key once everything works with the new one. Keydeck does not know which key is the old one: close this assistant and delete it in the list.</source>
        <translation>Löschen Sie den alten Schlüssel, sobald alles mit dem neuen funktioniert. Keydeck weiß nicht, welcher Schlüssel der alte ist: Schließen Sie diesen Assistenten und löschen Sie ihn in der Liste.</translation>
    </message>
    <message>
        <source>Delete the old key (ID %1) once everything works with the new one. Anything still using it stops working at once.</source>
        <translation>Löschen Sie den alten Schlüssel (ID %1), sobald alles mit dem neuen funktioniert. Alles, was ihn noch verwendet, funktioniert dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Delete the Old Key…</source>
        <translation>Alten Schlüssel &amp;löschen…</translation>
    </message>
    <message>
        <source>Generate a new key in the %1 console (Settings, API tab), then paste it here. Keydeck checks it and stores it in place of the old one.</source>
        <translation>Erzeugen Sie einen neuen Schlüssel in der Konsole von %1 (Settings, Registerkarte API) und fügen Sie ihn dann hier ein. Keydeck prüft ihn und speichert ihn anstelle des alten.</translation>
    </message>
    <message>
        <source>&amp;Copy the New Key</source>
        <translation>Neuen Schlüssel k&amp;opieren</translation>
    </message>
    <message>
        <source>Keydeck already uses the new key. Put it into every application and environment that used the old one, for example in the %1 environment variable.</source>
        <translation>Keydeck verwendet bereits den neuen Schlüssel. Tragen Sie ihn in jede Anwendung und Umgebung ein, die den alten verwendet hat, zum Beispiel in die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>Revoke the old key in the %1 console once everything works with the new one. Anything still using it stops working at once.</source>
        <translation>Widerrufen Sie den alten Schlüssel in der Konsole von %1, sobald alles mit dem neuen funktioniert. Alles, was ihn noch verwendet, funktioniert dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Open the Console to Revoke the Old Key</source>
        <translation>Konsole &amp;öffnen, um den alten Schlüssel zu widerrufen</translation>
    </message>
    <message>
        <source>Test your applications with the new key. Keydeck tests its own key with a live call to %1.</source>
        <translation>Testen Sie Ihre Anwendungen mit dem neuen Schlüssel. Keydeck testet seinen eigenen Schlüssel mit einem echten Aufruf bei %1.</translation>
    </message>
    <message>
        <source>Step 1 of 4: generate a new key</source>
        <translation>Schritt 1 von 4: neuen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Step 2 of 4: update your applications</source>
        <translation>Schritt 2 von 4: Anwendungen aktualisieren</translation>
    </message>
    <message>
        <source>Step 3 of 4: test</source>
        <translation>Schritt 3 von 4: testen</translation>
    </message>
    <message>
        <source>Step 4 of 4: revoke the old key</source>
        <translation>Schritt 4 von 4: alten Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Neuer Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>The key was not created. %1</source>
        <translation>Der Schlüssel wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>The new key (ID %1) was created. Continue with the next step.</source>
        <translation>Der neue Schlüssel (ID %1) wurde erstellt. Fahren Sie mit dem nächsten Schritt fort.</translation>
    </message>
    <message>
        <source>Keydeck checked the new key, stored it and uses it now.</source>
        <translation>Keydeck hat den neuen Schlüssel geprüft, gespeichert und verwendet ihn jetzt.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared automatically.</source>
        <translation>Kopiert. Die Zwischenablage wird automatisch geleert.</translation>
    </message>
    <message>
        <source>No key is stored.</source>
        <translation>Es ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Neuer Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Keydeck stored the new key and uses it now.</source>
        <translation>Keydeck hat den neuen Schlüssel gespeichert und verwendet ihn jetzt.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The key works: %1 accepted it.</source>
        <translation>Der Schlüssel funktioniert: %1 hat ihn akzeptiert.</translation>
    </message>
    <message>
        <source>The test failed. %1</source>
        <translation>Der Test ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Delete the old API key (ID %1)? Anything still using it stops working at once.</source>
        <translation>Den alten API-Schlüssel (ID %1) löschen? Alles, was ihn noch verwendet, funktioniert dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Keydeck still uses the old key (ID %1). Deleting it locks Keydeck out of this account until you enter another key. Delete it anyway?</source>
        <translation>Keydeck verwendet noch den alten Schlüssel (ID %1). Wenn Sie ihn löschen, ist Keydeck von diesem Konto ausgesperrt, bis Sie einen anderen Schlüssel eingeben. Trotzdem löschen?</translation>
    </message>
    <message>
        <source>Delete the Old Key</source>
        <translation>Alten Schlüssel löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The old key was deleted. The rotation is complete.</source>
        <translation>Der alte Schlüssel wurde gelöscht. Die Rotation ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The old key was not deleted. %1</source>
        <translation>Der alte Schlüssel wurde nicht gelöscht. %1</translation>
    </message>
    <message>
        <source>%1 Revoke the old key there.</source>
        <translation>%1 Widerrufen Sie dort den alten Schlüssel.</translation>
    </message>
    <message>
        <source>Name of the new &amp;key:</source>
        <translation>&amp;Name des neuen Schlüssels:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <source>Choose a name for the account; its key goes to a safe place.</source>
        <translation>Wählen Sie einen Namen für das Konto; sein Schlüssel kommt an einen sicheren Ort.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Systemschlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The key will be stored in your system keychain, protected by your login. Keydeck never writes it to a file.</source>
        <translation>Der Schlüssel wird in Ihrem Systemschlüsselbund gespeichert, geschützt durch Ihre Anmeldung. Keydeck schreibt ihn nie in eine Datei.</translation>
    </message>
    <message>
        <source>The account was not saved. %1</source>
        <translation>Das Konto wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>&amp;Keep the key in memory only</source>
        <translation>Schlüssel nur im &amp;Speicher behalten</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
</context>
<context>
    <name>SecretClipboard</name>
    <message numerus="yes">
        <source>Clearing the clipboard in %n second(s)…</source>
        <translation>
            <numerusform>Zwischenablage wird in %n Sekunde geleert…</numerusform>
            <numerusform>Zwischenablage wird in %n Sekunden geleert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>No key is stored in the system keychain for this account.</source>
        <translation>Im Systemschlüsselbund ist für dieses Konto kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by logging in again) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Keydeck was denied access to the system keychain.</source>
        <translation>Keydeck wurde der Zugriff auf den Systemschlüsselbund verweigert.</translation>
    </message>
    <message>
        <source>No system keychain is available, so Keydeck cannot store keys permanently on this computer.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher kann Keydeck auf diesem Computer keine Schlüssel dauerhaft speichern.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it; try again.</source>
        <translation>Der Systemschlüsselbund hat nicht rechtzeitig geantwortet. Möglicherweise wartet er darauf, dass Sie ihn entsperren; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>SecretsService</name>
    <message>
        <source>%1 Keydeck never stores keys in a plain file. You can continue in memory-only mode: the key is kept in memory until you quit Keydeck, and you will have to enter it again next time.</source>
        <translation>%1 Keydeck speichert Schlüssel nie in einer einfachen Datei. Sie können im Nur-Speicher-Modus fortfahren: Der Schlüssel wird bis zum Beenden von Keydeck im Arbeitsspeicher gehalten, und Sie müssen ihn beim nächsten Mal erneut eingeben.</translation>
    </message>
    <message>
        <source>Memory only: keys are kept in memory and forgotten when Keydeck quits.</source>
        <translation>Nur im Speicher: Schlüssel werden im Arbeitsspeicher gehalten und beim Beenden von Keydeck vergessen.</translation>
    </message>
</context>
<context>
    <name>Security::PlaintextImport</name>
    <message>
        <source>Line %1 of %2 no longer sets %3 to a key: there is nothing to import.</source>
        <translation>Zeile %1 von %2 setzt %3 nicht mehr auf einen Schlüssel: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 no longer holds a key.</source>
        <translation>%1 enthält keinen Schlüssel mehr.</translation>
    </message>
    <message>
        <source>Keydeck keeps keys in memory only in this run, so an imported key would be gone when Keydeck quits. Nothing was imported and nothing was removed.</source>
        <translation>Keydeck hält Schlüssel in dieser Sitzung nur im Speicher, ein importierter Schlüssel wäre also beim Beenden verloren. Es wurde nichts importiert und nichts entfernt.</translation>
    </message>
    <message>
        <source>Keydeck could not add the account.</source>
        <translation>Keydeck konnte das Konto nicht hinzufügen.</translation>
    </message>
    <message>
        <source>Keydeck removes the plaintext key only once the key is stored.</source>
        <translation>Keydeck entfernt den Klartext-Schlüssel erst, wenn der Schlüssel gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>SecurityOverview</name>
    <message>
        <source>Some of its lists could not be read.</source>
        <translation>Einige seiner Listen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security overview</source>
        <translation>Sicherheitsübersicht</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check every account and this computer again</source>
        <translation>Alle Konten und diesen Computer erneut prüfen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1 · team %2</source>
        <translation>%1 · Team %2</translation>
    </message>
    <message numerus="yes">
        <source>Ignored and S&amp;noozed (%n)</source>
        <translation>
            <numerusform>Ignoriert und zurü&amp;ckgestellt (%n)</numerusform>
            <numerusform>Ignoriert und zurü&amp;ckgestellt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your accounts and this computer…</source>
        <translation>Ihre Konten und dieser Computer werden geprüft…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>“%1” could not be checked: %2</source>
        <translation>„%1“ konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>No findings: everything Keydeck checks looks right.</source>
        <translation>Keine Befunde: Alles, was Keydeck prüft, ist in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) on this computer.</source>
        <translation>
            <numerusform>%n Befund auf diesem Computer.</numerusform>
            <numerusform>%n Befunde auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1.</source>
        <translation>
            <numerusform>%n Befund in %1.</numerusform>
            <numerusform>%n Befunde in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1 and on this computer.</source>
        <translation>
            <numerusform>%n Befund in %1 und auf diesem Computer.</numerusform>
            <numerusform>%n Befunde in %1 und auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>Your accounts and this computer pass every check Keydeck makes.</source>
        <translation>Ihre Konten und dieser Computer bestehen jede Prüfung, die Keydeck vornimmt.</translation>
    </message>
    <message>
        <source>Only you will be able to change it; others can still read it, as a public key allows.</source>
        <translation>Nur Sie können sie dann ändern; andere können sie weiterhin lesen, wie es ein öffentlicher Schlüssel erlaubt.</translation>
    </message>
    <message>
        <source>Only you will be able to read and change it.</source>
        <translation>Nur Sie können sie dann lesen und ändern.</translation>
    </message>
    <message>
        <source>Fix Permissions</source>
        <translation>Berechtigungen beheben</translation>
    </message>
    <message>
        <source>Change the permissions of %1?</source>
        <translation>Die Berechtigungen von %1 ändern?</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be changed.</source>
        <translation>Die Berechtigungen von %1 konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Remove a Key Everywhere…</source>
        <translation>Schlüssel überall &amp;entfernen…</translation>
    </message>
    <message>
        <source>For a lost or compromised device: find its key in every account and team, and remove it</source>
        <translation>Für ein verlorenes oder kompromittiertes Gerät: seinen Schlüssel in jedem Konto und Team finden und entfernen</translation>
    </message>
    <message>
        <source>Add a &amp;Key to Every Account…</source>
        <translation>Schlüssel allen Konten hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>For a new device: add its public key wherever it is missing</source>
        <translation>Für ein neues Gerät: seinen öffentlichen Schlüssel überall hinzufügen, wo er fehlt</translation>
    </message>
    <message numerus="yes">
        <source>Show %n More</source>
        <translation>
            <numerusform>%n weiteren anzeigen</numerusform>
            <numerusform>%n weitere anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) of this kind</source>
        <translation>
            <numerusform>%n weiterer Befund dieser Art</numerusform>
            <numerusform>%n weitere Befunde dieser Art</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityReminders</name>
    <message numerus="yes">
        <source>Keydeck found %n new security finding(s)</source>
        <translation>
            <numerusform>Keydeck hat %n neuen Sicherheitsbefund gefunden</numerusform>
            <numerusform>Keydeck hat %n neue Sicherheitsbefunde gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notification: whose finding, then why it matters</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
And %n more in the Security overview.</source>
        <translation>
            <numerusform>%1
Und %n weiterer in der Sicherheitsübersicht.</numerusform>
            <numerusform>%1
Und %n weitere in der Sicherheitsübersicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Every sign-in to the Vast.ai console creates a login session that lasts about a week. Delete the sessions you do not recognise.</source>
        <translation>Jede Anmeldung an der Vast.ai-Konsole erzeugt eine Anmeldesitzung, die etwa eine Woche dauert. Löschen Sie die Sitzungen, die Sie nicht kennen.</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <source>Sign out the selected session (Del)</source>
        <translation>Die ausgewählte Sitzung abmelden (Entf)</translation>
    </message>
    <message>
        <source>Sign Out All &amp;Other Sessions…</source>
        <translation>Alle anderen Sitzungen ab&amp;melden…</translation>
    </message>
    <message>
        <source>Delete every session except the one Keydeck uses</source>
        <translation>Alle Sitzungen außer der von Keydeck verwendeten löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation>Die Liste neu vom Server laden (F5)</translation>
    </message>
    <message>
        <source>Login sessions</source>
        <translation>Anmeldesitzungen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Loading login sessions…</source>
        <translation>Anmeldesitzungen werden geladen…</translation>
    </message>
    <message>
        <source>This server does not offer a list of login sessions.</source>
        <translation>Dieser Server bietet keine Liste der Anmeldesitzungen an.</translation>
    </message>
    <message>
        <source>Could not load the login sessions.</source>
        <translation>Die Anmeldesitzungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (diese Sitzung)</translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n aktive Sitzung</numerusform>
            <numerusform>%n aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No login sessions</source>
        <translation>Keine Anmeldesitzungen</translation>
    </message>
    <message>
        <source>Nobody is signed in to the Vast.ai console with this account.</source>
        <translation>Niemand ist mit diesem Konto an der Vast.ai-Konsole angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n login session(s).</source>
        <translation>
            <numerusform>%n Anmeldesitzung geladen.</numerusform>
            <numerusform>%n Anmeldesitzungen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the session Keydeck uses. Sign out of the two-factor session from the Profile tab instead.</source>
        <translation>Dies ist die Sitzung, die Keydeck verwendet. Melden Sie sich stattdessen auf der Registerkarte „Profil“ von der Zwei-Faktor-Sitzung ab.</translation>
    </message>
    <message>
        <source>Delete Login Session</source>
        <translation>Anmeldesitzung löschen</translation>
    </message>
    <message>
        <source>Sign out the session on %1?</source>
        <translation>Die Sitzung auf %1 abmelden?</translation>
    </message>
    <message>
        <source>Whoever uses that session has to sign in again.</source>
        <translation>Wer diese Sitzung verwendet, muss sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Could not delete the session on %1.</source>
        <translation>Die Sitzung auf %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The session on %1 was signed out.</source>
        <translation>Die Sitzung auf %1 wurde abgemeldet.</translation>
    </message>
    <message>
        <source>Every browser and device signed in with this account, except this one, has to sign in again.</source>
        <translation>Alle Browser und Geräte, die mit diesem Konto angemeldet sind, außer diesem, müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Every browser and device signed in with this account has to sign in again. Keydeck keeps working with the API key.</source>
        <translation>Alle Browser und Geräte, die mit diesem Konto angemeldet sind, müssen sich erneut anmelden. Keydeck arbeitet mit dem API-Schlüssel weiter.</translation>
    </message>
    <message>
        <source>Sign Out Other Sessions</source>
        <translation>Andere Sitzungen abmelden</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n other session(s)?</source>
        <translation>
            <numerusform>%n andere Sitzung abmelden?</numerusform>
            <numerusform>%n andere Sitzungen abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Could not sign out the other sessions.</source>
        <translation>Die anderen Sitzungen konnten nicht abgemeldet werden.</translation>
    </message>
    <message>
        <source>All other sessions were signed out.</source>
        <translation>Alle anderen Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Login Sessions</source>
        <translation>Anmeldesitzungen</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the session on %1 was signed out.</source>
        <translation>Vom Server kam keine lesbare Antwort, aber die Sitzung auf %1 wurde abgemeldet.</translation>
    </message>
    <message>
        <source>The session on %1 had already ended.</source>
        <translation>Die Sitzung auf %1 war bereits beendet.</translation>
    </message>
    <message>
        <source>Keydeck could not check whether the session on %1 was signed out. Refresh the list before you try again.</source>
        <translation>Keydeck konnte nicht prüfen, ob die Sitzung auf %1 abgemeldet wurde. Aktualisieren Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the session on %1 was not signed out; you can try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und die Sitzung auf %1 wurde nicht abgemeldet; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server answered that the session on %1 was signed out, but it is still listed.</source>
        <translation>Der Server hat geantwortet, dass die Sitzung auf %1 abgemeldet wurde, aber sie wird noch aufgeführt.</translation>
    </message>
    <message>
        <source>The server answered that the other sessions were signed out, but they are still listed.</source>
        <translation>Der Server hat geantwortet, dass die anderen Sitzungen abgemeldet wurden, aber sie werden noch aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are still listed although the server answered that they were signed out.</source>
        <translation>
            <numerusform>%n Sitzung wird noch aufgeführt, obwohl der Server geantwortet hat, dass sie abgemeldet wurde.</numerusform>
            <numerusform>%n Sitzungen werden noch aufgeführt, obwohl der Server geantwortet hat, dass sie abgemeldet wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server ended more sessions than you chose.</source>
        <translation>Der Server hat mehr Sitzungen beendet, als Sie gewählt haben.</translation>
    </message>
    <message>
        <source>These sessions are no longer listed either: %1</source>
        <translation>Auch diese Sitzungen werden nicht mehr aufgeführt: %1</translation>
    </message>
    <message>
        <source>This server may not read which session to end. Sign the session out in the Vast.ai console.</source>
        <translation>Dieser Server liest möglicherweise nicht, welche Sitzung beendet werden soll. Melden Sie die Sitzung in der Vast.ai-Konsole ab.</translation>
    </message>
    <message>
        <source>Vast.ai signs out this account&apos;s sessions only from a two-factor session, and Keydeck does not send this from its own session, so that it cannot end that one by mistake. Sign the session out in the Vast.ai console.</source>
        <translation>Vast.ai meldet die Sitzungen dieses Kontos nur aus einer Zwei-Faktor-Sitzung ab, und Keydeck sendet dies nicht aus seiner eigenen Sitzung, damit es diese nicht versehentlich beendet. Melden Sie die Sitzung in der Vast.ai-Konsole ab.</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Sitzungen</translation>
    </message>
    <message>
        <source>The login sessions could not be refreshed: %1 The list shows them as loaded before.</source>
        <translation>Die Anmeldesitzungen konnten nicht aktualisiert werden: %1 Die Liste zeigt sie wie zuvor geladen.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create a new item</source>
        <translation>Neuen Eintrag erstellen</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Focus the filter</source>
        <translation>Filter fokussieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Bewirkt</translation>
    </message>
</context>
<context>
    <name>SpheronKeyCard</name>
    <message>
        <source>Active Key</source>
        <translation>Aktiver Schlüssel</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Active API key</source>
        <translation>Aktiver API-Schlüssel</translation>
    </message>
    <message>
        <source>Reveal the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>Ablaufdatum &amp;festlegen…</translation>
    </message>
    <message>
        <source>&amp;Generate New Key…</source>
        <translation>&amp;Neuen Schlüssel erzeugen…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Generate a key in the %1 console, then paste it here with Generate New Key.</source>
        <translation>Erzeugen Sie einen Schlüssel in der Konsole von %1 und fügen Sie ihn dann hier mit „Neuen Schlüssel erzeugen“ ein.</translation>
    </message>
    <message>
        <source>The stored key could not be read. %1</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>No key stored for this account</source>
        <translation>Für dieses Konto ist kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Copied the API key. The clipboard is cleared automatically.</source>
        <translation>API-Schlüssel kopiert. Die Zwischenablage wird automatisch geleert.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Schlüssel wird getestet…</translation>
    </message>
    <message>
        <source>The key works: %1 accepted it.</source>
        <translation>Der Schlüssel funktioniert: %1 hat ihn akzeptiert.</translation>
    </message>
    <message>
        <source>The key test failed. %1</source>
        <translation>Der Schlüsseltest ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Revoke API Key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>&amp;Forget the Key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>The account stays in Keydeck; use Generate New Key to enter a new key later.</source>
        <translation>Das Konto bleibt in Keydeck; geben Sie später über „Neuen Schlüssel erzeugen“ einen neuen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Keydeck could not forget the key.</source>
        <translation>Keydeck konnte den Schlüssel nicht vergessen.</translation>
    </message>
    <message>
        <source>Keydeck uses the new key. Set its expiry date so Keydeck can warn you in time.</source>
        <translation>Keydeck verwendet den neuen Schlüssel. Legen Sie sein Ablaufdatum fest, damit Keydeck Sie rechtzeitig warnen kann.</translation>
    </message>
    <message>
        <source>Revea&amp;l</source>
        <translation>Anz&amp;eigen</translation>
    </message>
    <message>
        <source>Test Ke&amp;y</source>
        <translation>Schlüssel pr&amp;üfen</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>R&amp;otation Assistant…</source>
        <translation>&amp;Rotationsassistent…</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>V&amp;erbergen</translation>
    </message>
    <message>
        <source>The console&apos;s API keys page was opened in your web browser (%1). Revoke the key there. Should Keydeck also forget its copy of the key for “%2”?</source>
        <translation>Die API-Schlüsselseite der Konsole wurde in Ihrem Webbrowser geöffnet (%1). Widerrufen Sie den Schlüssel dort. Soll Keydeck auch seine Kopie des Schlüssels für „%2“ vergessen?</translation>
    </message>
    <message>
        <source>No web browser opened. Open %1 yourself and revoke the key there. Should Keydeck also forget its copy of the key for “%2”?</source>
        <translation>Es wurde kein Webbrowser geöffnet. Öffnen Sie %1 selbst und widerrufen Sie den Schlüssel dort. Soll Keydeck auch seine Kopie des Schlüssels für „%2“ vergessen?</translation>
    </message>
    <message>
        <source>This demo account has no web console, so there is nothing to revoke there. Should Keydeck forget its copy of the key for “%1”?</source>
        <translation>Dieses Demokonto hat keine Webkonsole, dort gibt es also nichts zu widerrufen. Soll Keydeck seine Kopie des Schlüssels für „%1“ vergessen?</translation>
    </message>
    <message>
        <source>Keydeck forgot the API key of “%1”.</source>
        <translation>Keydeck hat den API-Schlüssel von „%1“ vergessen.</translation>
    </message>
</context>
<context>
    <name>SshKeyPage</name>
    <message>
        <source>Add an SSH key</source>
        <translation>SSH-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Instances you rent accept logins with the SSH keys registered with your account.</source>
        <translation>Gemietete Instanzen akzeptieren Anmeldungen mit den SSH-Schlüsseln, die bei Ihrem Konto registriert sind.</translation>
    </message>
    <message>
        <source>&amp;Use a key from this computer</source>
        <translation>Einen Schlüssel von diesem Computer &amp;verwenden</translation>
    </message>
    <message>
        <source>Key from this computer</source>
        <translation>Schlüssel von diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Generate a new key</source>
        <translation>Neuen Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>Key file name</source>
        <translation>Name der Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>&amp;Passphrase (optional):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>Diesen Schritt ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Use a plain file name such as id_ed25519, without slashes.</source>
        <translation>Verwenden Sie einen einfachen Dateinamen wie id_ed25519, ohne Schrägstriche.</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>&amp;Dateiname:</translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation>Passphrase bestäti&amp;gen:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>SshKeyPipeline</name>
    <message>
        <source>The key pair could not be generated.</source>
        <translation>Das Schlüsselpaar konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>SshKeyUi</name>
    <message>
        <source>No readable answer came back from the server, and the key was not added; you can try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und der Schlüssel wurde nicht hinzugefügt; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the key was added. Look at the key list before you try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und Keydeck konnte nicht prüfen, ob der Schlüssel hinzugefügt wurde. Sehen Sie in der Schlüsselliste nach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Vast.ai adds SSH keys only to a personal account, and this API key works in a team. Nothing was added. Add the key with an API key of your personal account, or in the Vast.ai console after switching to your personal account.</source>
        <translation>Vast.ai fügt SSH-Schlüssel nur einem persönlichen Konto hinzu, und dieser API-Schlüssel arbeitet in einem Team. Es wurde nichts hinzugefügt. Fügen Sie den Schlüssel mit einem API-Schlüssel Ihres persönlichen Kontos hinzu oder in der Vast.ai-Konsole, nachdem Sie zu Ihrem persönlichen Konto gewechselt haben.</translation>
    </message>
    <message>
        <source>Another registered key is already called “%1”. You can add this one too, but the two will be hard to tell apart: consider another name.</source>
        <translation>Ein anderer registrierter Schlüssel heißt schon „%1“. Sie können diesen auch hinzufügen, aber die beiden sind dann schwer zu unterscheiden: Wählen Sie besser einen anderen Namen.</translation>
    </message>
    <message>
        <source>The upload was cancelled, but the key had already reached the server: it is registered.</source>
        <translation>Das Hochladen wurde abgebrochen, aber der Schlüssel hatte den Server schon erreicht: Er ist registriert.</translation>
    </message>
    <message>
        <source>The upload was cancelled. The key is not registered now, but the server may still add it: refresh the key list (F5) before you add it again.</source>
        <translation>Das Hochladen wurde abgebrochen. Der Schlüssel ist jetzt nicht registriert, aber der Server kann ihn noch hinzufügen: Aktualisieren Sie die Schlüsselliste (F5), bevor Sie ihn erneut hinzufügen.</translation>
    </message>
    <message>
        <source>The upload was cancelled, and Keydeck could not read the key list to check it (%1). The key may still arrive: refresh the list (F5) before you add it again.</source>
        <translation>Das Hochladen wurde abgebrochen, und Keydeck konnte die Schlüsselliste nicht lesen, um es zu prüfen (%1). Der Schlüssel kann noch ankommen: Aktualisieren Sie die Liste (F5), bevor Sie ihn erneut hinzufügen.</translation>
    </message>
</context>
<context>
    <name>SshKeysModel</name>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The server holds text that is not a valid public key.</source>
        <translation>Der Server enthält Text, der kein gültiger öffentlicher Schlüssel ist.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), rotate</source>
        <translation>
            <numerusform>%n Tag, rotieren</numerusform>
            <numerusform>%n Tage, rotieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This key is older than %n day(s). Consider rotating it: generate a new key, upload it, then delete this one.</source>
        <translation>
            <numerusform>Dieser Schlüssel ist älter als %n Tag. Erwägen Sie, ihn zu rotieren: Erzeugen Sie einen neuen Schlüssel, laden Sie ihn hoch und löschen Sie dann diesen.</numerusform>
            <numerusform>Dieser Schlüssel ist älter als %n Tage. Erwägen Sie, ihn zu rotieren: Erzeugen Sie einen neuen Schlüssel, laden Sie ihn hoch und löschen Sie dann diesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s).</source>
        <translation>
            <numerusform>Älter als %n Tag.</numerusform>
            <numerusform>Älter als %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>No local copy</source>
        <translation>Keine lokale Kopie</translation>
    </message>
    <message>
        <source>A matching .pub file exists in your SSH folder.</source>
        <translation>In Ihrem SSH-Ordner gibt es eine passende .pub-Datei.</translation>
    </message>
    <message>
        <source>No .pub file in your SSH folder holds this key. It may belong to another computer, or the key pair was removed.</source>
        <translation>Keine .pub-Datei in Ihrem SSH-Ordner enthält diesen Schlüssel. Er gehört vielleicht zu einem anderen Computer, oder das Schlüsselpaar wurde entfernt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>SshKeysPage</name>
    <message>
        <source>SSH keys</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>SSH Keys</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Anzahl der Schlüssel</translation>
    </message>
    <message>
        <source>Name, type or fingerprint (Ctrl+F)</source>
        <translation>Name, Typ oder Fingerabdruck (Strg+F)</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Add an SSH key</source>
        <translation>SSH-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Paste or choose a public key file (Ctrl+N)</source>
        <translation>Eine öffentliche Schlüsseldatei einfügen oder wählen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Generate Key…</source>
        <translation>Schlüssel &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Generate a new key pair</source>
        <translation>Ein neues Schlüsselpaar erzeugen</translation>
    </message>
    <message>
        <source>Create a new Ed25519 key pair on this computer and upload it</source>
        <translation>Ein neues Ed25519-Schlüsselpaar auf diesem Computer erzeugen und hochladen</translation>
    </message>
    <message>
        <source>Edit the selected key</source>
        <translation>Den ausgewählten Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Den ausgewählten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the selected key from the account (Del)</source>
        <translation>Den ausgewählten Schlüssel aus dem Konto löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Copy Public Key</source>
        <translation>Öffentlichen Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected public key</source>
        <translation>Den ausgewählten öffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the selected public key (Ctrl+C)</source>
        <translation>Den ausgewählten öffentlichen Schlüssel kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <source>Rotate the selected key</source>
        <translation>Den ausgewählten Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Generate a new key, upload it, then delete the selected one</source>
        <translation>Einen neuen Schlüssel erzeugen, hochladen und dann den ausgewählten löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Die Liste aktualisieren</translation>
    </message>
    <message>
        <source>Reload the keys from the server (F5)</source>
        <translation>Die Schlüssel neu vom Server laden (F5)</translation>
    </message>
    <message>
        <source>Keys on This Computer</source>
        <translation>Schlüssel auf diesem Computer</translation>
    </message>
    <message>
        <source>Public keys on this computer</source>
        <translation>Öffentliche Schlüssel auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Upload Selected Key</source>
        <translation>Ausgewählten Schlüssel ho&amp;chladen</translation>
    </message>
    <message>
        <source>Upload the selected local key</source>
        <translation>Den ausgewählten lokalen Schlüssel hochladen</translation>
    </message>
    <message>
        <source>Registered SSH keys</source>
        <translation>Registrierte SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Spheron AI cannot edit a registered key: Keydeck adds the replacement and then deletes the old key.</source>
        <translation>Spheron AI kann einen registrierten Schlüssel nicht bearbeiten: Keydeck fügt den Ersatz hinzu und löscht dann den alten Schlüssel.</translation>
    </message>
    <message>
        <source>Loading SSH keys…</source>
        <translation>SSH-Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>%1 does not manage SSH keys through its API.</source>
        <translation>%1 verwaltet SSH-Schlüssel nicht über seine API.</translation>
    </message>
    <message>
        <source>No SSH keys yet</source>
        <translation>Noch keine SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Add the public key of each computer you connect from, or generate a new key pair here.</source>
        <translation>Fügen Sie den öffentlichen Schlüssel jedes Computers hinzu, von dem aus Sie sich verbinden, oder erzeugen Sie hier ein neues Schlüsselpaar.</translation>
    </message>
    <message>
        <source>The team has no SSH keys, and your role cannot add any.</source>
        <translation>Das Team hat keine SSH-Schlüssel, und Ihre Rolle kann keine hinzufügen.</translation>
    </message>
    <message>
        <source>No public keys found in %1.</source>
        <translation>In %1 wurden keine öffentlichen Schlüssel gefunden.</translation>
    </message>
    <message>
        <source>Keys are matched by their key data, not by file name or comment.</source>
        <translation>Schlüssel werden anhand ihrer Schlüsseldaten zugeordnet, nicht anhand von Dateiname oder Kommentar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 von %n Schlüssel</numerusform>
            <numerusform>%1 von %n Schlüsseln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>You are a member of “%1”. Only team owners and admins can add or delete SSH keys, so those actions are turned off.</source>
        <translation>Sie sind Mitglied von „%1“. Nur Teaminhaber und Administratoren können SSH-Schlüssel hinzufügen oder löschen, daher sind diese Aktionen ausgeschaltet.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are older than %1 days. Select one and choose Rotate to replace it with a new key.</source>
        <translation>
            <numerusform>%n Schlüssel ist älter als %1 Tage. Wählen Sie ihn aus und wählen Sie „Rotieren“, um ihn durch einen neuen Schlüssel zu ersetzen.</numerusform>
            <numerusform>%n Schlüssel sind älter als %1 Tage. Wählen Sie einen aus und wählen Sie „Rotieren“, um ihn durch einen neuen Schlüssel zu ersetzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are older than %1 days. Ask a team owner or admin to rotate them.</source>
        <translation>
            <numerusform>%n Schlüssel ist älter als %1 Tage. Bitten Sie einen Teaminhaber oder Administrator, ihn zu rotieren.</numerusform>
            <numerusform>%n Schlüssel sind älter als %1 Tage. Bitten Sie einen Teaminhaber oder Administrator, sie zu rotieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role in this team cannot manage SSH keys.</source>
        <translation>Ihre Rolle in diesem Team kann keine SSH-Schlüssel verwalten.</translation>
    </message>
    <message>
        <source>Saved %1 and uploaded its public key.</source>
        <translation>%1 gespeichert und den öffentlichen Schlüssel hochgeladen.</translation>
    </message>
    <message>
        <source>Saved %1 and uploaded its public key. The previous key was kept as %2.</source>
        <translation>%1 gespeichert und den öffentlichen Schlüssel hochgeladen. Der vorherige Schlüssel wurde als %2 behalten.</translation>
    </message>
    <message>
        <source>The new key reaches only instances created from now on. Running instances keep their current keys.</source>
        <translation>Der neue Schlüssel erreicht nur Instanzen, die ab jetzt erstellt werden. Laufende Instanzen behalten ihre aktuellen Schlüssel.</translation>
    </message>
    <message>
        <source>The SSH key was added.</source>
        <translation>Der SSH-Schlüssel wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Added the SSH key “%1”.</source>
        <translation>SSH-Schlüssel „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>The SSH key was replaced.</source>
        <translation>Der SSH-Schlüssel wurde ersetzt.</translation>
    </message>
    <message>
        <source>%1 cannot change a registered key. To replace “%2”, add the new key first; Keydeck then asks before deleting the old one.</source>
        <translation>%1 kann einen registrierten Schlüssel nicht ändern. Um „%2“ zu ersetzen, fügen Sie zuerst den neuen Schlüssel hinzu; Keydeck fragt dann, bevor es den alten löscht.</translation>
    </message>
    <message>
        <source>Add Replacement…</source>
        <translation>Ersatz hinzufügen…</translation>
    </message>
    <message>
        <source>Replace SSH Key</source>
        <translation>SSH-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>unreadable key</source>
        <translation>nicht lesbarer Schlüssel</translation>
    </message>
    <message>
        <source>Delete “%1” (%2) from %3?</source>
        <translation>„%1“ (%2) aus %3 löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New instances will no longer get this key. Instances that already have it keep it until you remove it there.</source>
        <translation>Neue Instanzen erhalten diesen Schlüssel nicht mehr. Instanzen, die ihn bereits haben, behalten ihn, bis Sie ihn dort entfernen.</translation>
    </message>
    <message>
        <source>Could Not Delete Key</source>
        <translation>Schlüssel konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>„%1“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the SSH key “%1”.</source>
        <translation>SSH-Schlüssel „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Copied the public key of “%1”.</source>
        <translation>Öffentlichen Schlüssel von „%1“ kopiert.</translation>
    </message>
    <message>
        <source>Could Not Upload Key</source>
        <translation>Schlüssel konnte nicht hochgeladen werden</translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation>%1 wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but “%1” was deleted.</source>
        <translation>Vom Server kam keine lesbare Antwort, aber „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server.</source>
        <translation>„%1“ existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and “%1” was not deleted; you can try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und „%1“ wurde nicht gelöscht; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether “%1” was deleted. Refresh the list before you try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und Keydeck konnte nicht prüfen, ob „%1“ gelöscht wurde. Aktualisieren Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Stop loading the list</source>
        <translation>Laden der Liste beenden</translation>
    </message>
    <message>
        <source>Stop waiting for the server and keep the list shown before (Esc)</source>
        <translation>Nicht länger auf den Server warten und die zuvor gezeigte Liste behalten (Esc)</translation>
    </message>
    <message>
        <source>Loading was cancelled. The list shows the keys as loaded at %1.</source>
        <translation>Das Laden wurde abgebrochen. Die Liste zeigt die Schlüssel wie um %1 geladen.</translation>
    </message>
    <message>
        <source>Loading the SSH keys was cancelled, so none are shown.</source>
        <translation>Das Laden der SSH-Schlüssel wurde abgebrochen, daher werden keine angezeigt.</translation>
    </message>
    <message>
        <source>Spheron AI listed only the keys of another team, so Keydeck cannot tell which keys “%1” has. Make it the current team in the Spheron AI console, then refresh.</source>
        <translation>Spheron AI hat nur die Schlüssel eines anderen Teams aufgeführt, daher kann Keydeck nicht erkennen, welche Schlüssel „%1“ hat. Machen Sie es in der Spheron-AI-Konsole zum aktuellen Team und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>The old key was not deleted, so the account now has two keys: the new “%1” (%2, added today) and the old “%3” (%4), which still works until you delete it.</source>
        <translation>Der alte Schlüssel wurde nicht gelöscht, daher hat das Konto jetzt zwei Schlüssel: den neuen „%1“ (%2, heute hinzugefügt) und den alten „%3“ (%4), der funktioniert, bis Sie ihn löschen.</translation>
    </message>
    <message>
        <source>&amp;Upload Anyway</source>
        <translation>Trotzdem &amp;hochladen</translation>
    </message>
    <message>
        <source>%1 will be uploaded as it is.</source>
        <translation>%1 wird so hochgeladen, wie er ist.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Add Ke&amp;y…</source>
        <translation>Schlüssel hinzufü&amp;gen…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Loading</source>
        <translation>Laden abbreche&amp;n</translation>
    </message>
    <message>
        <source>Delete SSH Key</source>
        <translation>SSH-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Upload This Key</source>
        <translation>Diesen Schlüssel hochladen</translation>
    </message>
    <message>
        <source>The SSH keys could not be refreshed: %1 The list shows the keys as loaded at %2.</source>
        <translation>Die SSH-Schlüssel konnten nicht aktualisiert werden: %1 Die Liste zeigt die Schlüssel mit dem Stand von %2.</translation>
    </message>
</context>
<context>
    <name>SshStepController</name>
    <message>
        <source>Registering the key with %1…</source>
        <translation>Schlüssel wird bei %1 registriert…</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Looking for SSH keys on this computer…</source>
        <translation>SSH-Schlüssel auf diesem Computer werden gesucht…</translation>
    </message>
    <message>
        <source>There are no SSH keys in %1 yet. Generate one below.</source>
        <translation>In %1 gibt es noch keine SSH-Schlüssel. Erzeugen Sie unten einen.</translation>
    </message>
    <message>
        <source>Keydeck could not check which keys are registered already. %1</source>
        <translation>Keydeck konnte nicht prüfen, welche Schlüssel bereits registriert sind. %1</translation>
    </message>
    <message>
        <source>Every key on this computer is registered with this account already.</source>
        <translation>Jeder Schlüssel auf diesem Computer ist bereits bei diesem Konto registriert.</translation>
    </message>
    <message>
        <source>%1 is registered with your account.</source>
        <translation>%1 ist bei Ihrem Konto registriert.</translation>
    </message>
    <message>
        <source>A key named %1 already exists in %2.</source>
        <translation>In %2 existiert bereits ein Schlüssel namens %1.</translation>
    </message>
    <message>
        <source>Back Up and Replace</source>
        <translation>Sichern und ersetzen</translation>
    </message>
    <message>
        <source>The existing files are renamed with a “.backup_” suffix; nothing is deleted.</source>
        <translation>Die vorhandenen Dateien werden mit der Endung „.backup_“ umbenannt; es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another file name.</source>
        <translation>Es wurde nichts geschrieben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Generating a new Ed25519 key…</source>
        <translation>Neuer Ed25519-Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>A key is being generated already. Wait a moment and try again.</source>
        <translation>Es wird bereits ein Schlüssel erzeugt. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The new key was saved as %1 and registered with your account.</source>
        <translation>Der neue Schlüssel wurde als %1 gespeichert und bei Ihrem Konto registriert.</translation>
    </message>
    <message>
        <source>%1 did not accept the key. %2</source>
        <translation>%1 hat den Schlüssel nicht akzeptiert. %2</translation>
    </message>
    <message>
        <source>The key files were kept: press Next to register the same key again.</source>
        <translation>Die Schlüsseldateien wurden behalten: Klicken Sie auf „Weiter“, um denselben Schlüssel erneut zu registrieren.</translation>
    </message>
    <message>
        <source>Replace Existing Key</source>
        <translation>Vorhandenen Schlüssel ersetzen</translation>
    </message>
</context>
<context>
    <name>StatefulView</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the server&apos;s answer could not be read and are not shown.</source>
        <translation>
            <numerusform>%n Eintrag in der Antwort des Servers konnte nicht gelesen werden und wird nicht angezeigt.</numerusform>
            <numerusform>%n Einträge in der Antwort des Servers konnten nicht gelesen werden und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry is available again at %1.</source>
        <translation>„Wiederholen“ ist ab %1 wieder möglich.</translation>
    </message>
</context>
<context>
    <name>TeamSwitcher</name>
    <message>
        <source>&amp;Team:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>No teams</source>
        <translation>Keine Teams</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Unbekannte Rolle</translation>
    </message>
    <message>
        <source>You are a member of %1. Only owners and admins of a team can add or delete its SSH keys.</source>
        <translation>Sie sind Mitglied von %1. Nur Inhaber und Administratoren eines Teams können seine SSH-Schlüssel hinzufügen oder löschen.</translation>
    </message>
    <message>
        <source>Unnamed team</source>
        <translation>Unbenanntes Team</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This API key belongs to one team only.</source>
        <translation>Dieser API-Schlüssel gehört nur zu einem Team.</translation>
    </message>
</context>
<context>
    <name>TwoFactorController</name>
    <message>
        <source>Sign &amp;Out of Two-Factor Session</source>
        <translation>Von der Zwei-Faktor-Sitzung ab&amp;melden</translation>
    </message>
    <message>
        <source>End the two-factor session on the server and forget it on this computer</source>
        <translation>Die Zwei-Faktor-Sitzung auf dem Server beenden und auf diesem Computer vergessen</translation>
    </message>
    <message>
        <source>Two-factor sign-in was cancelled.</source>
        <translation>Die Zwei-Faktor-Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in with two-factor authentication for this run only.</source>
        <translation>Nur für diesen Programmlauf mit Zwei-Faktor-Authentifizierung angemeldet.</translation>
    </message>
    <message>
        <source>Signed in with two-factor authentication, but the session could not be kept in the keychain: %1 You will be asked for a code again next time.</source>
        <translation>Mit Zwei-Faktor-Authentifizierung angemeldet, aber die Sitzung konnte nicht im Schlüsselbund gespeichert werden: %1 Beim nächsten Mal werden Sie erneut nach einem Code gefragt.</translation>
    </message>
    <message>
        <source>Signed in with two-factor authentication.</source>
        <translation>Mit Zwei-Faktor-Authentifizierung angemeldet.</translation>
    </message>
    <message>
        <source>The server does not list sessions, so it ends the session when it expires.</source>
        <translation>Der Server listet keine Sitzungen auf, daher beendet er die Sitzung, wenn sie abläuft.</translation>
    </message>
    <message>
        <source>Could not sign out of the two-factor session: %1</source>
        <translation>Abmelden von der Zwei-Faktor-Sitzung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The server did not say which session is this one, so it ends the session when it expires.</source>
        <translation>Der Server hat nicht mitgeteilt, welche Sitzung diese ist, daher beendet er die Sitzung, wenn sie abläuft.</translation>
    </message>
    <message>
        <source>Signed out of the two-factor session.</source>
        <translation>Von der Zwei-Faktor-Sitzung abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out of the two-factor session on this computer. %1</source>
        <translation>Auf diesem Computer von der Zwei-Faktor-Sitzung abgemeldet. %1</translation>
    </message>
    <message>
        <source>The session was signed out, but its key could not be removed from the keychain: %1</source>
        <translation>Die Sitzung wurde abgemeldet, aber ihr Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The API key could not be read back from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund zurückgelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>This account uses two-factor authentication. Enter the 6-digit code from your authenticator app to continue.</source>
        <translation>Dieses Konto verwendet die Zwei-Faktor-Authentifizierung. Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>Keydeck keeps the session it receives in your keychain until it expires or you sign out of it.</source>
        <translation>Keydeck bewahrt die erhaltene Sitzung in Ihrem Schlüsselbund auf, bis sie abläuft oder Sie sich von ihr abmelden.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird bestätigt</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app; if it keeps failing, check your device&apos;s clock.</source>
        <translation>Der Code wurde nicht akzeptiert. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein; wenn es weiterhin fehlschlägt, prüfen Sie die Uhrzeit Ihres Geräts.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Two-factor method</source>
        <translation>Zwei-Faktor-Methode</translation>
    </message>
    <message>
        <source>&amp;Send Code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <source>Confirm with Two-Factor Authentication</source>
        <translation>Mit Zwei-Faktor-Authentifizierung bestätigen</translation>
    </message>
    <message>
        <source>Confirm this change with a code from one of your methods, or with a backup code.</source>
        <translation>Bestätigen Sie diese Änderung mit einem Code aus einer Ihrer Methoden oder mit einem Backup-Code.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Your two-factor session has expired. Enter a new code from one of your methods to continue.</source>
        <translation>Ihre Zwei-Faktor-Sitzung ist abgelaufen. Geben Sie einen neuen Code aus einer Ihrer Methoden ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>This account uses two-factor authentication. Enter a code from one of your methods to continue.</source>
        <translation>Dieses Konto verwendet die Zwei-Faktor-Authentifizierung. Geben Sie einen Code aus einer Ihrer Methoden ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (authenticator app)</source>
        <translation>%1 (Authenticator-App)</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>%1 (e-mail)</source>
        <translation>%1 (E-Mail)</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Backup-Code</translation>
    </message>
    <message>
        <source>Each backup code works only once.</source>
        <translation>Jeder Backup-Code funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>Send a code to your phone by text message, then enter it.</source>
        <translation>Lassen Sie sich einen Code per SMS an Ihr Telefon senden und geben Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>Send a code to your e-mail address, then enter it.</source>
        <translation>Lassen Sie sich einen Code an Ihre E-Mail-Adresse senden und geben Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App anzeigt.</translation>
    </message>
    <message>
        <source>Re&amp;send Code</source>
        <translation>Code &amp;erneut senden</translation>
    </message>
    <message>
        <source>&amp;Send Another Code</source>
        <translation>&amp;Neuen Code senden</translation>
    </message>
    <message>
        <source>A code is on its way to your phone. Enter it when it arrives.</source>
        <translation>Ein Code ist unterwegs zu Ihrem Telefon. Geben Sie ihn ein, sobald er ankommt.</translation>
    </message>
    <message>
        <source>A code is on its way to your e-mail address. Enter it when it arrives.</source>
        <translation>Ein Code ist unterwegs zu Ihrer E-Mail-Adresse. Geben Sie ihn ein, sobald er ankommt.</translation>
    </message>
    <message>
        <source>The code could not be sent: %1</source>
        <translation>Der Code konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>That code has expired. Send a new one.</source>
        <translation>Dieser Code ist abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Enter one of your backup codes.</source>
        <translation>Geben Sie einen Ihrer Backup-Codes ein.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code.</source>
        <translation>Geben Sie den 6-stelligen Code ein.</translation>
    </message>
    <message>
        <source>The backup code was not accepted. Each backup code works only once.</source>
        <translation>Der Backup-Code wurde nicht akzeptiert. Jeder Backup-Code funktioniert nur einmal.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check the code in your latest message, or send a new one.</source>
        <translation>Der Code wurde nicht akzeptiert. Prüfen Sie den Code in Ihrer neuesten Nachricht oder fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Too many wrong codes: two-factor sign-in is locked until %1.</source>
        <translation>Zu viele falsche Codes: Die Zwei-Faktor-Anmeldung ist bis %1 gesperrt.</translation>
    </message>
    <message>
        <source>Too many wrong codes: two-factor sign-in is locked for a while. Try again later.</source>
        <translation>Zu viele falsche Codes: Die Zwei-Faktor-Anmeldung ist vorübergehend gesperrt. Versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in with a backup code; %n backup code(s) left.</source>
        <translation>
            <numerusform>Mit einem Backup-Code angemeldet; %n Backup-Code übrig.</numerusform>
            <numerusform>Mit einem Backup-Code angemeldet; %n Backup-Codes übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Few Backup Codes Left</source>
        <translation>Nur noch wenige Backup-Codes</translation>
    </message>
    <message>
        <source>You signed in with your last backup code.</source>
        <translation>Sie haben sich mit Ihrem letzten Backup-Code angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a backup code. Only %n backup code(s) are left.</source>
        <translation>
            <numerusform>Sie haben sich mit einem Backup-Code angemeldet. Es ist nur noch %n Backup-Code übrig.</numerusform>
            <numerusform>Sie haben sich mit einem Backup-Code angemeldet. Es sind nur noch %n Backup-Codes übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make new backup codes on the Profile tab, under Two-Factor Authentication, before you run out.</source>
        <translation>Erzeugen Sie neue Backup-Codes auf der Registerkarte „Profil“ unter „Zwei-Faktor-Authentifizierung“, bevor sie Ihnen ausgehen.</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Two-factor methods</source>
        <translation>Zwei-Faktor-Methoden</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Bezeichnun&amp;g:</translation>
    </message>
    <message>
        <source>Label of the selected method</source>
        <translation>Bezeichnung der ausgewählten Methode</translation>
    </message>
    <message>
        <source>Chan&amp;ge Label</source>
        <translation>Bezeichnung ände&amp;rn</translation>
    </message>
    <message>
        <source>Make Primar&amp;y</source>
        <translation>Als primär &amp;festlegen</translation>
    </message>
    <message>
        <source>Remove Metho&amp;d…</source>
        <translation>M&amp;ethode entfernen…</translation>
    </message>
    <message>
        <source>Add Phone for Te&amp;xt Messages…</source>
        <translation>Telefon für SMS hinzuf&amp;ügen…</translation>
    </message>
    <message>
        <source>New &amp;Backup Codes…</source>
        <translation>Neue Bac&amp;kup-Codes…</translation>
    </message>
    <message>
        <source>The two-factor status could not be loaded: %1</source>
        <translation>Der Zwei-Faktor-Status konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the two-factor status…</source>
        <translation>Zwei-Faktor-Status wird geladen…</translation>
    </message>
    <message>
        <source>Two-factor authentication is off. Set up an authenticator app or a phone to turn it on; from then on, the API key alone no longer signs in.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist aus. Richten Sie eine Authenticator-App oder ein Telefon ein, um sie einzuschalten; danach reicht der API-Schlüssel allein nicht mehr zur Anmeldung.</translation>
    </message>
    <message numerus="yes">
        <source>Two-factor authentication is on with %n method(s).</source>
        <translation>
            <numerusform>Die Zwei-Faktor-Authentifizierung ist mit %n Methode eingeschaltet.</numerusform>
            <numerusform>Die Zwei-Faktor-Authentifizierung ist mit %n Methoden eingeschaltet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primär)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>Only %n backup code(s) left: make new ones before you run out.</source>
        <translation>
            <numerusform>Nur noch %n Backup-Code übrig: Erzeugen Sie neue, bevor sie Ihnen ausgehen.</numerusform>
            <numerusform>Nur noch %n Backup-Codes übrig: Erzeugen Sie neue, bevor sie Ihnen ausgehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup code(s) left.</source>
        <translation>
            <numerusform>%n Backup-Code übrig.</numerusform>
            <numerusform>%n Backup-Codes übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The method could not be renamed: %1</source>
        <translation>Die Methode konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>The method was renamed.</source>
        <translation>Die Methode wurde umbenannt.</translation>
    </message>
    <message>
        <source>The method could not be made primary: %1</source>
        <translation>Die Methode konnte nicht als primär festgelegt werden: %1</translation>
    </message>
    <message>
        <source>The primary method was changed.</source>
        <translation>Die primäre Methode wurde geändert.</translation>
    </message>
    <message>
        <source>Remove Two-Factor Method?</source>
        <translation>Zwei-Faktor-Methode entfernen?</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;, your last method? Two-factor authentication turns off and your backup codes stop working.</source>
        <translation>„%1“ entfernen, Ihre letzte Methode? Die Zwei-Faktor-Authentifizierung wird ausgeschaltet, und Ihre Backup-Codes funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? You can still sign in with your other methods.</source>
        <translation>„%1“ entfernen? Sie können sich weiterhin mit Ihren anderen Methoden anmelden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Confirm the removal with a code from one of your methods, or with a backup code.</source>
        <translation>Bestätigen Sie das Entfernen mit einem Code aus einer Ihrer Methoden oder mit einem Backup-Code.</translation>
    </message>
    <message>
        <source>The method was removed.</source>
        <translation>Die Methode wurde entfernt.</translation>
    </message>
    <message>
        <source>The method was removed. Two-factor authentication is off.</source>
        <translation>Die Methode wurde entfernt. Die Zwei-Faktor-Authentifizierung ist aus.</translation>
    </message>
    <message>
        <source>Make New Backup Codes?</source>
        <translation>Neue Backup-Codes erzeugen?</translation>
    </message>
    <message>
        <source>Your current backup codes stop working as soon as the new ones are made.</source>
        <translation>Ihre bisherigen Backup-Codes funktionieren nicht mehr, sobald die neuen erzeugt sind.</translation>
    </message>
    <message>
        <source>&amp;Make New Codes</source>
        <translation>&amp;Neue Codes erzeugen</translation>
    </message>
    <message>
        <source>Confirm with a code from one of your methods, or with a backup code.</source>
        <translation>Bestätigen Sie mit einem Code aus einer Ihrer Methoden oder mit einem Backup-Code.</translation>
    </message>
    <message>
        <source>your Vast.ai account</source>
        <translation>Ihr Vast.ai-Konto</translation>
    </message>
    <message>
        <source>Authorize a New Method</source>
        <translation>Neue Methode autorisieren</translation>
    </message>
    <message>
        <source>To add your first method, confirm with a code sent to your e-mail address.</source>
        <translation>Um Ihre erste Methode hinzuzufügen, bestätigen Sie mit einem Code, der an Ihre E-Mail-Adresse gesendet wird.</translation>
    </message>
    <message>
        <source>To add a method, confirm with one you already have, or with a backup code.</source>
        <translation>Um eine Methode hinzuzufügen, bestätigen Sie mit einer vorhandenen Methode oder mit einem Backup-Code.</translation>
    </message>
    <message>
        <source>The authenticator app was added.</source>
        <translation>Die Authenticator-App wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The phone was added.</source>
        <translation>Das Telefon wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Set Up Authenticator App (&amp;QR Code)…</source>
        <translation>Authenticator-App einrichten (&amp;QR-Code)…</translation>
    </message>
</context>
<context>
    <name>VastKeysPanel</name>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Reset Keydeck&apos;s Key…</source>
        <translation>Keydecks Schlüssel zur&amp;ücksetzen…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>API-Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>No API keys</source>
        <translation>Keine API-Schlüssel</translation>
    </message>
    <message>
        <source>This account has no API keys that Keydeck can list.</source>
        <translation>Dieses Konto hat keine API-Schlüssel, die Keydeck auflisten kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s).</source>
        <translation>
            <numerusform>%n API-Schlüssel.</numerusform>
            <numerusform>%n API-Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keydeck checked this key, stored it and uses it for this account from now on.</source>
        <translation>Keydeck hat diesen Schlüssel geprüft, gespeichert und verwendet ihn ab jetzt für dieses Konto.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete Keydeck&apos;s Own Key</source>
        <translation>Keydecks eigenen Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete Keydeck&apos;s &amp;Key</source>
        <translation>Keydecks &amp;Schlüssel löschen</translation>
    </message>
    <message>
        <source>Keydeck&apos;s key no longer works. Enter a new key to see this account&apos;s keys.</source>
        <translation>Keydecks Schlüssel funktioniert nicht mehr. Geben Sie einen neuen Schlüssel ein, um die Schlüssel dieses Kontos zu sehen.</translation>
    </message>
    <message>
        <source>Reset Keydeck&apos;s API Key</source>
        <translation>Keydecks API-Schlüssel zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Reset Key</source>
        <translation>Schlüssel &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Keydeck then stores the new key in the keychain, checks it with a live call and carries on with it. The new key is shown once so you can update your other applications.</source>
        <translation>Keydeck speichert den neuen Schlüssel dann im Schlüsselbund, prüft ihn mit einem echten Aufruf und arbeitet damit weiter. Der neue Schlüssel wird einmal angezeigt, damit Sie Ihre anderen Anwendungen aktualisieren können.</translation>
    </message>
    <message>
        <source>Resetting the API key…</source>
        <translation>API-Schlüssel wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Stored in the keychain and checked with %1.</source>
        <translation>Im Schlüsselbund gespeichert und mit %1 geprüft.</translation>
    </message>
    <message>
        <source>Reset API Key</source>
        <translation>API-Schlüssel zurücksetzen</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the API key was reset.</source>
        <translation>Vom Server kam keine lesbare Antwort, und Keydeck konnte nicht prüfen, ob der API-Schlüssel zurückgesetzt wurde.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the API key was not reset; Keydeck still uses it.</source>
        <translation>Vom Server kam keine lesbare Antwort, und der API-Schlüssel wurde nicht zurückgesetzt; Keydeck verwendet ihn weiterhin.</translation>
    </message>
    <message>
        <source>The API key was reset; Keydeck stored the new key, checked it and uses it.</source>
        <translation>Der API-Schlüssel wurde zurückgesetzt; Keydeck hat den neuen Schlüssel gespeichert, geprüft und verwendet ihn.</translation>
    </message>
    <message>
        <source>The server reset a key, but not the one Keydeck uses: Keydeck&apos;s key still works and Keydeck keeps using it. The key that changed is most likely the account&apos;s main key; update the applications that use it.</source>
        <translation>Der Server hat einen Schlüssel zurückgesetzt, aber nicht den, den Keydeck verwendet: Keydecks Schlüssel funktioniert weiter, und Keydeck verwendet ihn weiter. Der geänderte Schlüssel ist wahrscheinlich der Hauptschlüssel des Kontos; aktualisieren Sie die Anwendungen, die ihn verwenden.</translation>
    </message>
    <message>
        <source>The server did not send the new key: the %1 console shows it.</source>
        <translation>Der Server hat den neuen Schlüssel nicht gesendet: Die %1-Konsole zeigt ihn.</translation>
    </message>
    <message>
        <source>The API key was reset, but the server&apos;s answer with the new key did not arrive. The old key no longer works: copy the new key from the %1 console and enter it.</source>
        <translation>Der API-Schlüssel wurde zurückgesetzt, aber die Antwort des Servers mit dem neuen Schlüssel ist nicht angekommen. Der alte Schlüssel funktioniert nicht mehr: Kopieren Sie den neuen Schlüssel aus der %1-Konsole und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>The API key was reset, but the server did not send the new key. The old key no longer works: copy the new key from the %1 console and enter it.</source>
        <translation>Der API-Schlüssel wurde zurückgesetzt, aber der Server hat den neuen Schlüssel nicht gesendet. Der alte Schlüssel funktioniert nicht mehr: Kopieren Sie den neuen Schlüssel aus der %1-Konsole und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>The server sent a new key, but Keydeck could not check whether its own key was the one reset. %1</source>
        <translation>Der Server hat einen neuen Schlüssel gesendet, aber Keydeck konnte nicht prüfen, ob sein eigener Schlüssel der zurückgesetzte war. %1</translation>
    </message>
    <message>
        <source>The API key was not reset; Keydeck still uses it.</source>
        <translation>Der API-Schlüssel wurde nicht zurückgesetzt; Keydeck verwendet ihn weiter.</translation>
    </message>
    <message>
        <source>The API keys could not be loaded.</source>
        <translation>Die API-Schlüssel konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>R&amp;otation Assistant…</source>
        <translation>&amp;Rotationsassistent…</translation>
    </message>
    <message>
        <source>Delete the API key “%1” (ID %2)? Applications that use it stop working at once; this cannot be undone.</source>
        <translation>Den API-Schlüssel „%1“ (ID %2) löschen? Anwendungen, die ihn verwenden, funktionieren sofort nicht mehr; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“%1” is the key Keydeck itself uses for “%2”. Once it is deleted, Keydeck cannot reach %3 for this account: it will ask you for another key right away (create one first if you have none). The account stays in Keydeck.</source>
        <translation>„%1“ ist der Schlüssel, den Keydeck selbst für „%2“ verwendet. Sobald er gelöscht ist, kann Keydeck %3 für dieses Konto nicht mehr erreichen: Es fragt Sie sofort nach einem anderen Schlüssel (erstellen Sie zuerst einen, falls Sie keinen haben). Das Konto bleibt in Keydeck.</translation>
    </message>
    <message>
        <source>Deleting the API key “%1”…</source>
        <translation>API-Schlüssel „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the API key “%1” was deleted.</source>
        <translation>Vom Server kam keine lesbare Antwort, aber der API-Schlüssel „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>The API key “%1” was deleted.</source>
        <translation>Der API-Schlüssel „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>The API key “%1” no longer exists on the server.</source>
        <translation>Den API-Schlüssel „%1“ gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the API key “%1” was deleted. Refresh the list before you try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und Keydeck konnte nicht prüfen, ob der API-Schlüssel „%1“ gelöscht wurde. Aktualisieren Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the API key “%1” was not deleted; you can try again.</source>
        <translation>Vom Server kam keine lesbare Antwort, und der API-Schlüssel „%1“ wurde nicht gelöscht; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>The API key “%1” was not deleted.</source>
        <translation>Der API-Schlüssel „%1“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Reset the API key Keydeck uses for “%1”? The old key stops working at once, everywhere it is used: there is no overlap.</source>
        <translation>Den API-Schlüssel zurücksetzen, den Keydeck für „%1“ verwendet? Der alte Schlüssel funktioniert sofort überall nicht mehr, wo er verwendet wird: Es gibt keine Übergangszeit.</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Number of API keys</source>
        <translation>Anzahl der API-Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n API-Schlüssel</numerusform>
            <numerusform>%n API-Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>The API keys could not be refreshed: %1 The list shows them as loaded before.</source>
        <translation>Die API-Schlüssel konnten nicht aktualisiert werden: %1 Die Liste zeigt sie wie zuvor geladen.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking the key</source>
        <translation>Schlüssel wird geprüft</translation>
    </message>
    <message>
        <source>A quick call to the provider shows whether the key works.</source>
        <translation>Ein kurzer Aufruf beim Anbieter zeigt, ob der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry the check</source>
        <translation>Prüfung wiederholen</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>Zwei-Faktor-&amp;Code:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Continue with the key in &amp;memory only</source>
        <translation>Mit dem Schlüssel nur im &amp;Speicher fortfahren</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Keydeck</source>
        <translation>Willkommen bei Keydeck</translation>
    </message>
    <message>
        <source>Keydeck manages the account settings of your GPU clouds: profile, SSH keys and API keys.</source>
        <translation>Keydeck verwaltet die Kontoeinstellungen Ihrer GPU-Clouds: Profil, SSH-Schlüssel und API-Schlüssel.</translation>
    </message>
    <message>
        <source>This assistant connects Keydeck to your Vast.ai or Spheron AI account in a few steps. You will need an API key from the provider&apos;s web console.</source>
        <translation>Dieser Assistent verbindet Keydeck in wenigen Schritten mit Ihrem Vast.ai- oder Spheron-AI-Konto. Sie benötigen einen API-Schlüssel aus der Webkonsole des Anbieters.</translation>
    </message>
    <message>
        <source>No account yet? Choose “Try the local demo” on the next page: Keydeck then runs a practice server on this computer, with nothing sent to the internet.</source>
        <translation>Noch kein Konto? Wählen Sie auf der nächsten Seite „Lokale Demo ausprobieren“: Keydeck betreibt dann einen Übungsserver auf diesem Computer, ohne dass etwas ins Internet gesendet wird.</translation>
    </message>
    <message>
        <source>Your API key is kept in the system keychain, never in a plain file. Nothing is saved until the key has been checked with the provider.</source>
        <translation>Ihr API-Schlüssel wird im Systemschlüsselbund aufbewahrt, nie in einer einfachen Datei. Es wird nichts gespeichert, bevor der Schlüssel beim Anbieter geprüft wurde.</translation>
    </message>
</context>
</TS>
