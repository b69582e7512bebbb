<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Keydeck</source>
        <translation>À propos de Keydeck</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>SSH keys, API keys and profile of your GPU cloud accounts, with every secret kept in your system keychain.</source>
        <translation>Clés SSH, clés d&apos;API et profil de vos comptes de cloud GPU, chaque secret gardé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web : %1</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 · local demo</source>
        <translation>%1 · démo locale</translation>
    </message>
    <message>
        <source>%1 · key in the keychain</source>
        <translation>%1 · clé dans le trousseau</translation>
    </message>
    <message>
        <source>%1 account at %2</source>
        <translation>Compte %1 chez %2</translation>
    </message>
    <message>
        <source>%1 · key in memory only</source>
        <translation>%1 · clé en mémoire uniquement</translation>
    </message>
    <message>
        <source>%1: %2 account at %3</source>
        <translation>%1 : compte %2 sur %3</translation>
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
        <translation>Clés &amp;SSH</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>C&amp;lés API</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Environnement</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>The server no longer accepts the API key of “%1”. Enter a new key to carry on; the account and its settings stay.</source>
        <translation>Le serveur n’accepte plus la clé API de «&#xa0;%1&#xa0;». Saisissez une nouvelle clé pour continuer&#xa0;; le compte et ses réglages sont conservés.</translation>
    </message>
    <message>
        <source>&amp;Enter New Key…</source>
        <translation>Saisir une &amp;nouvelle clé…</translation>
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
        <translation>Ajouter une clé à chaque compte</translation>
    </message>
    <message>
        <source>For a new device: choose its public key, and Keydeck looks where it is missing. It is added only there, and only once.</source>
        <translation>Pour un nouvel appareil&#xa0;: choisissez sa clé publique, et Keydeck cherche où elle manque. Elle n’est ajoutée que là, et une seule fois.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Clé sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The name the key gets where keys have names (Spheron AI)</source>
        <translation>Le nom que reçoit la clé là où les clés ont un nom (Spheron AI)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Look where the key is missing</source>
        <translation>Chercher où la clé manque</translation>
    </message>
    <message>
        <source>Where the key is missing or registered</source>
        <translation>Où la clé manque ou est enregistrée</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Add Where Missing</source>
        <translation>&amp;Ajouter là où elle manque</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Réessayer les é&amp;checs</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>No public keys in ~/.ssh</source>
        <translation>Aucune clé publique dans ~/.ssh</translation>
    </message>
    <message>
        <source>There is no public key in ~/.ssh. Generate one on the SSH Keys tab first.</source>
        <translation>Il n’y a aucune clé publique dans ~/.ssh. Générez-en d’abord une dans l’onglet Clés SSH.</translation>
    </message>
    <message numerus="yes">
        <source>Looking in %n account(s)…</source>
        <translation>
            <numerusform>Recherche dans %n compte…</numerusform>
            <numerusform>Recherche dans %n comptes…</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is registered in every account already.</source>
        <translation>La clé est déjà enregistrée dans chaque compte.</translation>
    </message>
    <message>
        <source>The key is registered in every list Keydeck could read.</source>
        <translation>La clé est enregistrée dans chaque liste que Keydeck a pu lire.</translation>
    </message>
    <message numerus="yes">
        <source>The key is missing in %n place(s).</source>
        <translation>
            <numerusform>La clé est absente de %n emplacement.</numerusform>
            <numerusform>La clé est absente de %n emplacements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding the key in %n place(s)…</source>
        <translation>
            <numerusform>Ajout de la clé à %n emplacement…</numerusform>
            <numerusform>Ajout de la clé à %n emplacements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %n place(s) again…</source>
        <translation>
            <numerusform>Nouvelle tentative pour %n emplacement…</numerusform>
            <numerusform>Nouvelle tentative pour %n emplacements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Already there, as “%1”</source>
        <translation>Déjà présente, sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>The key is registered in %n place(s).</source>
        <translation>
            <numerusform>La clé est enregistrée à %n emplacement.</numerusform>
            <numerusform>La clé est enregistrée à %n emplacements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) may still lack it: Retry looks there and adds it only where it is missing.</source>
        <translation>
            <numerusform>Il manque peut-être encore la clé à %n emplacement&#xa0;: «&#xa0;Réessayer les échecs&#xa0;» y vérifie et ne l’ajoute que là où elle manque.</numerusform>
            <numerusform>Il manque peut-être encore la clé à %n emplacements&#xa0;: «&#xa0;Réessayer les échecs&#xa0;» y vérifie et ne l’ajoute que là où elle manque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keydeck is still adding the key. The window can be closed once every account has answered.</source>
        <translation>Keydeck est encore en train d’ajouter la clé. La fenêtre pourra être fermée dès que chaque compte aura répondu.</translation>
    </message>
</context>
<context>
    <name>AddPassphraseDialog</name>
    <message>
        <source>Add a Passphrase</source>
        <translation>Ajouter une phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation>Confir&amp;mer la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Keydeck encrypts %1 with the passphrase. The old file is kept beside it as a backup, which still opens without a passphrase: delete it once the key works with the new one.</source>
        <translation>Keydeck chiffre %1 avec la phrase secrète. L’ancien fichier est conservé à côté comme sauvegarde et s’ouvre toujours sans phrase secrète&#xa0;: supprimez-le dès que la clé fonctionne avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Add Passphrase</source>
        <translation>&amp;Ajouter la phrase secrète</translation>
    </message>
    <message>
        <source>The key has a passphrase now. The old file is kept as %1 and still opens without one: delete it once the key works with the passphrase.</source>
        <translation>La clé a désormais une phrase secrète. L’ancien fichier est conservé sous le nom %1 et s’ouvre toujours sans phrase secrète&#xa0;: supprimez-le dès que la clé fonctionne avec la phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>AddSshKeyDialog</name>
    <message>
        <source>Add SSH Key</source>
        <translation>Ajouter une clé SSH</translation>
    </message>
    <message>
        <source>Paste the contents of a public key file (ending in .pub), choose the file, or drop it here. Never paste a private key.</source>
        <translation>Collez le contenu d’un fichier de clé publique (se terminant par .pub), choisissez le fichier ou déposez-le ici. Ne collez jamais une clé privée.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. laptop</source>
        <translation>p. ex. portable</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>Clé &amp;publique&#xa0;:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… user@host</source>
        <translation>ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… user@host</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a public key file</source>
        <translation>Choisir un fichier de clé publique</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Shown once the key is valid.</source>
        <translation>Affichée dès que la clé est valide.</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>&amp;Ajouter la clé</translation>
    </message>
    <message>
        <source>Edit SSH Key</source>
        <translation>Modifier la clé SSH</translation>
    </message>
    <message>
        <source>Replace the text of this key. The new key takes the old one&apos;s place on the account; instances that already have the old key keep it.</source>
        <translation>Remplacez le texte de cette clé. La nouvelle clé prend la place de l’ancienne sur le compte&#xa0;; les instances qui ont déjà l’ancienne clé la conservent.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1 cannot be added: %2</source>
        <translation>Impossible d’ajouter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation>Choisir une clé publique</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This is a private key. Never share it: paste the public key instead, the line in the file that ends in .pub. Nothing was sent.</source>
        <translation>Ceci est une clé privée. Ne la partagez jamais&#xa0;: collez plutôt la clé publique, la ligne du fichier qui se termine par .pub. Rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n bit(s))</source>
        <translation>
            <numerusform>%1 (%2, %n bit)</numerusform>
            <numerusform>%1 (%2, %n bits)</numerusform>
        </translation>
    </message>
    <message>
        <source>This key is already registered as “%1”. Nothing needs to be uploaded.</source>
        <translation>Cette clé est déjà enregistrée sous le nom «&#xa0;%1&#xa0;». Il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>Paste the new key text to replace this one.</source>
        <translation>Collez le texte de la nouvelle clé pour remplacer celle-ci.</translation>
    </message>
    <message>
        <source>This is a valid public key.</source>
        <translation>Ceci est une clé publique valide.</translation>
    </message>
    <message>
        <source>Spheron AI needs a name for the key.</source>
        <translation>Spheron AI a besoin d’un nom pour la clé.</translation>
    </message>
    <message>
        <source>The upload was cancelled, but the key may still arrive. Checking the key list…</source>
        <translation>L&apos;envoi a été annulé, mais la clé peut encore arriver. Keydeck vérifie la liste des clés…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was rejected. It may have been deleted, reset or mistyped.</source>
        <translation>La clé API a été refusée. Elle a peut-être été supprimée, réinitialisée ou mal saisie.</translation>
    </message>
    <message>
        <source>This account uses two-factor authentication. Enter a code from your authenticator app to continue.</source>
        <translation>Ce compte utilise l’authentification à deux facteurs. Saisissez un code de votre application d’authentification pour continuer.</translation>
    </message>
    <message>
        <source>Your two-factor session has expired. Enter a new code to continue.</source>
        <translation>Votre session à deux facteurs a expiré. Saisissez un nouveau code pour continuer.</translation>
    </message>
    <message>
        <source>The API key does not have permission for this action.</source>
        <translation>La clé API n’a pas l’autorisation d’effectuer cette action.</translation>
    </message>
    <message>
        <source>The item no longer exists on the server. Refresh the list and try again.</source>
        <translation>L’élément n’existe plus sur le serveur. Actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>Le serveur a refusé la saisie.</translation>
    </message>
    <message>
        <source>This conflicts with something that already exists on the server.</source>
        <translation>Ceci entre en conflit avec un élément qui existe déjà sur le serveur.</translation>
    </message>
    <message>
        <source>The server received too many requests. Wait a moment and try again.</source>
        <translation>Le serveur a reçu trop de requêtes. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation>Le serveur a rencontré un problème. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection and try again.</source>
        <translation>Impossible de joindre le serveur. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Le serveur n’a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established, so your key was not sent.</source>
        <translation>Impossible d’établir une connexion sécurisée avec le serveur&#xa0;; votre clé n’a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>The server sent an answer that Keydeck does not understand. Nothing was changed here.</source>
        <translation>Le serveur a envoyé une réponse que Keydeck ne comprend pas. Rien n’a été modifié ici.</translation>
    </message>
    <message>
        <source>This provider&apos;s API does not offer this action.</source>
        <translation>L’API de ce fournisseur ne propose pas cette action.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>The server received too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur a reçu trop de requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur a reçu trop de requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent Keydeck on to another address, which Keydeck does not follow with your key. Check the account&apos;s server address.</source>
        <translation>Le serveur a renvoyé Keydeck vers une autre adresse, que Keydeck ne suit pas avec votre clé. Vérifiez l&apos;adresse du serveur du compte.</translation>
    </message>
    <message>
        <source>The server address starts with http://, and Keydeck sends keys only over an encrypted connection (https://), so your key was not sent. Check the account&apos;s server address.</source>
        <translation>L’adresse du serveur commence par http://, et Keydeck n’envoie les clés que par une connexion chiffrée (https://)&#xa0;: votre clé n’a donc pas été envoyée. Vérifiez l’adresse du serveur du compte.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not from an authority this computer trusts, so your key was not sent. Someone may be intercepting the connection; try another network.</source>
        <translation>Le certificat du serveur ne provient pas d’une autorité à laquelle cet ordinateur fait confiance&#xa0;; votre clé n’a donc pas été envoyée. Quelqu’un intercepte peut-être la connexion&#xa0;: essayez un autre réseau.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet, so your key was not sent. Check that this computer&apos;s date and time are right.</source>
        <translation>Le certificat du serveur a expiré ou n’est pas encore valide&#xa0;; votre clé n’a donc pas été envoyée. Vérifiez que la date et l’heure de cet ordinateur sont correctes.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to another address, so your key was not sent. Someone may be intercepting the connection; try another network.</source>
        <translation>Le certificat du serveur appartient à une autre adresse&#xa0;; votre clé n’a donc pas été envoyée. Quelqu’un intercepte peut-être la connexion&#xa0;: essayez un autre réseau.</translation>
    </message>
    <message>
        <source>The server offered only an outdated form of encryption (Keydeck needs TLS 1.2 or later), so your key was not sent.</source>
        <translation>Le serveur n’a proposé qu’une forme de chiffrement obsolète (Keydeck exige TLS 1.2 ou une version ultérieure)&#xa0;; votre clé n’a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>The server sent Keydeck on to an unencrypted address (http://), which would expose your key, so Keydeck stopped there. Check the account&apos;s server address.</source>
        <translation>Le serveur a renvoyé Keydeck vers une adresse non chiffrée (http://), ce qui exposerait votre clé&#xa0;; Keydeck s’est donc arrêté là. Vérifiez l’adresse du serveur du compte.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>Enter your API key</source>
        <translation>Saisissez votre clé API</translation>
    </message>
    <message>
        <source>Keydeck checks the key with the provider before it saves anything.</source>
        <translation>Keydeck vérifie la clé auprès du fournisseur avant d’enregistrer quoi que ce soit.</translation>
    </message>
    <message>
        <source>&amp;Open the API key page in your browser</source>
        <translation>&amp;Ouvrir la page des clés API dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé &amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Collez la clé ici</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Afficher la clé API</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Afficher ou masquer la clé</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>Trouvée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Key found on this computer</source>
        <translation>Clé trouvée sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Utiliser cette clé</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks. Paste the key alone.</source>
        <translation>Une clé API ne contient ni espaces ni sauts de ligne. Collez la clé seule.</translation>
    </message>
    <message>
        <source>The key contains characters an API key never has. Copy it again from the provider&apos;s page.</source>
        <translation>La clé contient des caractères qu’une clé API ne contient jamais. Copiez-la à nouveau depuis la page du fournisseur.</translation>
    </message>
    <message>
        <source>Enter your %1 API key</source>
        <translation>Saisissez votre clé API %1</translation>
    </message>
    <message>
        <source>Create or copy a key on the Keys page of the Vast.ai console. A full-access key lets Keydeck manage everything; a read-only key shows your account only.</source>
        <translation>Créez ou copiez une clé sur la page «&#xa0;Keys&#xa0;» de la console Vast.ai. Une clé à accès complet permet à Keydeck de tout gérer&#xa0;; une clé en lecture seule n’affiche que votre compte.</translation>
    </message>
    <message>
        <source>Generate a key in the Spheron AI dashboard under Settings, API Keys. It starts with “sai_pk_” and is shown only once, so paste it here right away.</source>
        <translation>Générez une clé dans le tableau de bord Spheron AI, sous «&#xa0;Settings&#xa0;», «&#xa0;API Keys&#xa0;». Elle commence par «&#xa0;sai_pk_&#xa0;» et n’est affichée qu’une seule fois&#xa0;: collez-la donc ici tout de suite.</translation>
    </message>
    <message>
        <source>%1, key ending %2</source>
        <translation>%1, clé se terminant par %2</translation>
    </message>
    <message numerus="yes">
        <source>Keydeck found %n %1 key(s) on this computer. Use one to skip copying; the original stays where it is.</source>
        <translation>
            <numerusform>Keydeck a trouvé %n clé %1 sur cet ordinateur. Utilisez-la pour éviter de la copier&#xa0;; l’original reste où il est.</numerusform>
            <numerusform>Keydeck a trouvé %n clés %1 sur cet ordinateur. Utilisez-en une pour éviter de la copier&#xa0;; l’original reste où il est.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other users of this computer can read %1. After Keydeck has saved the key, consider deleting that file.</source>
        <translation>D’autres utilisateurs de cet ordinateur peuvent lire %1. Une fois que Keydeck a enregistré la clé, pensez à supprimer ce fichier.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPermissions</name>
    <message>
        <source>Instances: read</source>
        <translation>Instances&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Instances: write</source>
        <translation>Instances&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Account and keys: read</source>
        <translation>Compte et clés&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Account and keys: write</source>
        <translation>Compte et clés&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Billing: read</source>
        <translation>Facturation&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Billing: write</source>
        <translation>Facturation&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Machines: read</source>
        <translation>Machines&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Machines: write</source>
        <translation>Machines&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Team: read</source>
        <translation>Équipe&#xa0;: lecture</translation>
    </message>
    <message>
        <source>Team: write</source>
        <translation>Équipe&#xa0;: écriture</translation>
    </message>
    <message>
        <source>Miscellaneous</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>The JSON is not valid at character %1: %2.</source>
        <translation>Le JSON n’est pas valide au caractère %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The permissions must be a JSON object such as {&quot;api&quot;: {&quot;user_read&quot;: {}}}.</source>
        <translation>Les autorisations doivent être un objet JSON tel que {&quot;api&quot;: {&quot;user_read&quot;: {}}}.</translation>
    </message>
    <message>
        <source>The permissions must have exactly one key, &quot;api&quot;, holding an object of categories.</source>
        <translation>Les autorisations doivent avoir exactement une clé, «&#xa0;api&#xa0;», contenant un objet de catégories.</translation>
    </message>
    <message>
        <source>Choose at least one category: a key without permissions cannot do anything.</source>
        <translation>Choisissez au moins une catégorie&#xa0;: une clé sans autorisations ne peut rien faire.</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Accès complet</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>%1 (with constraints)</source>
        <translation>%1 (avec contraintes)</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non répertoriée</translation>
    </message>
    <message>
        <source>Full access: every permission.</source>
        <translation>Accès complet : toutes les autorisations.</translation>
    </message>
    <message numerus="yes">
        <source>Read only: %1 of %n permission(s).</source>
        <translation>
            <numerusform>Lecture seule : %1 sur %n autorisation.</numerusform>
            <numerusform>Lecture seule : %1 sur %n autorisations.</numerusform>
        </translation>
    </message>
    <message>
        <source>SSH keys only: account and keys, read and write.</source>
        <translation>Clés SSH uniquement : compte et clés, lecture et écriture.</translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation>Aucune autorisation.</translation>
    </message>
    <message>
        <source>Custom, with constraints: %1.</source>
        <translation>Personnalisé, avec contraintes : %1.</translation>
    </message>
    <message>
        <source>Custom: %1.</source>
        <translation>Personnalisé : %1.</translation>
    </message>
    <message>
        <source>“%1” is not a permission category.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une catégorie d’autorisations.</translation>
    </message>
    <message>
        <source>The category “%1” must hold an object ({} for all of it).</source>
        <translation>La catégorie «&#xa0;%1&#xa0;» doit contenir un objet ({} pour toute la catégorie).</translation>
    </message>
    <message>
        <source>The operation “%1” has invalid constraints: use {&quot;constraints&quot;: {&quot;id&quot;: {&quot;eq&quot;: 1227}}} with eq, lte or gte.</source>
        <translation>L’opération «&#xa0;%1&#xa0;» a des contraintes non valides&#xa0;: utilisez {&quot;constraints&quot;: {&quot;id&quot;: {&quot;eq&quot;: 1227}}} avec eq, lte ou gte.</translation>
    </message>
    <message>
        <source>SSH keys only</source>
        <translation>Clés SSH uniquement</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>(unnamed, used by Keydeck)</source>
        <translation>(sans nom, utilisée par Keydeck)</translation>
    </message>
    <message>
        <source>%1 (used by Keydeck)</source>
        <translation>%1 (utilisée par Keydeck)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnelle</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Keydeck uses this key for this account.</source>
        <translation>Keydeck utilise cette clé pour ce compte.</translation>
    </message>
    <message>
        <source>%1, the key Keydeck uses</source>
        <translation>%1, la clé utilisée par Keydeck</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Keydeck checked the new key, stored it and uses it now.</source>
        <translation>Keydeck a vérifié la nouvelle clé, l’a enregistrée et l’utilise désormais.</translation>
    </message>
    <message>
        <source>%1 Enter a valid key to carry on with “%2”; the account and its settings are kept.</source>
        <translation>%1 Saisissez une clé valide pour continuer avec «&#xa0;%2&#xa0;»&#xa0;; le compte et ses réglages sont conservés.</translation>
    </message>
    <message>
        <source>Enter a Ne&amp;w Key…</source>
        <translation>&amp;Modifier la clé…</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
</context>
<context>
    <name>AppRoot</name>
    <message>
        <source>Keep Keys in &amp;Memory Only</source>
        <translation>Conserver les clés en mémoire &amp;seulement</translation>
    </message>
    <message>
        <source>Starting the local demo…</source>
        <translation>Démarrage de la démo locale…</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>Local Demo</source>
        <translation>Démo locale</translation>
    </message>
    <message>
        <source>The local demo could not start.</source>
        <translation>La démo locale n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark setting.</source>
        <translation>Suivre le réglage clair ou sombre du bureau.</translation>
    </message>
</context>
<context>
    <name>BackupCodesDialog</name>
    <message>
        <source>Your New Backup Codes</source>
        <translation>Vos nouveaux codes de secours</translation>
    </message>
    <message>
        <source>These codes sign you in when you cannot use your other methods. Each works once. The server shows them only now: copy them into your password manager or save them to a file, then keep them where only you can reach them.</source>
        <translation>Ces codes vous permettent de vous connecter quand vous ne pouvez pas utiliser vos autres méthodes. Chacun ne fonctionne qu’une fois. Le serveur ne les affiche que maintenant&#xa0;: copiez-les dans votre gestionnaire de mots de passe ou enregistrez-les dans un fichier, puis conservez-les là où vous seul pouvez y accéder.</translation>
    </message>
    <message>
        <source>New backup codes</source>
        <translation>Nouveaux codes de secours</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the backup codes</source>
        <translation>Copier les codes de secours</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>I Have Saved the Codes, C&amp;lose</source>
        <translation>J’ai enregistré les codes, &amp;fermer</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Backup Codes</source>
        <translation>Enregistrer les codes de secours</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The codes could not be saved to %1: %2</source>
        <translation>Les codes n’ont pas pu être enregistrés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1, readable only by you.</source>
        <translation>Enregistrés dans %1, lisibles par vous seul.</translation>
    </message>
    <message>
        <source>Close Without Saving the Codes?</source>
        <translation>Fermer sans enregistrer les codes&#xa0;?</translation>
    </message>
    <message>
        <source>You have neither copied nor saved these backup codes. The server shows them only once: after you close this window, nobody can see them again, and your old codes no longer work.</source>
        <translation>Vous n’avez ni copié ni enregistré ces codes de secours. Le serveur ne les affiche qu’une fois&#xa0;: après la fermeture de cette fenêtre, personne ne pourra plus les voir, et vos anciens codes ne fonctionnent plus.</translation>
    </message>
    <message>
        <source>&amp;Close Without Saving</source>
        <translation>&amp;Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>BackupCodesFile</name>
    <message>
        <source>Two-factor backup codes for %1</source>
        <translation>Codes de secours de l’authentification à deux facteurs pour %1</translation>
    </message>
    <message>
        <source>Each code signs you in once. Keep this file where only you can read it.</source>
        <translation>Chaque code permet une seule connexion. Conservez ce fichier là où vous seul pouvez le lire.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keydeck manages the SSH keys, API keys and profile of your Vast.ai and Spheron AI accounts.</source>
        <translation>Keydeck gère les clés SSH, les clés API et le profil de vos comptes Vast.ai et Spheron AI.</translation>
    </message>
    <message>
        <source>Start in demo mode against the built-in local sandbox, speaking the &lt;provider&gt; API (vast or spheron).</source>
        <translation>Démarrer en mode démo avec le bac à sable local intégré, qui parle l’API &lt;fournisseur&gt; (vast ou spheron).</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (for example de, fr or en).</source>
        <translation>Utiliser cette langue au lieu de celle du système (par exemple de, fr ou en).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Unknown demo provider “%1”. Use vast or spheron.</source>
        <translation>Fournisseur de démo inconnu «&#xa0;%1&#xa0;». Utilisez vast ou spheron.</translation>
    </message>
    <message>
        <source>Displays Keydeck&apos;s version and the versions of Qt, libssh and QtKeychain.</source>
        <translation>Affiche la version de Keydeck et celles de Qt, libssh et QtKeychain.</translation>
    </message>
    <message>
        <source>%1
Run “keydeck --help” to see the options.</source>
        <translation>%1
Lancez « keydeck --help » pour voir les options.</translation>
    </message>
</context>
<context>
    <name>ConsoleLinks</name>
    <message>
        <source>This demo account has no web console. With a real %1 account, Keydeck opens the console&apos;s API keys page here.</source>
        <translation>Ce compte de démonstration n&apos;a pas de console web. Avec un vrai compte %1, Keydeck ouvre ici la page des clés d&apos;API de la console.</translation>
    </message>
    <message>
        <source>The %1 console&apos;s API keys page was opened in your web browser: %2</source>
        <translation>La page des clés d&apos;API de la console %1 a été ouverte dans votre navigateur : %2</translation>
    </message>
    <message>
        <source>No web browser opened. Copy this address into your browser: %1</source>
        <translation>Aucun navigateur ne s&apos;est ouvert. Copiez cette adresse dans votre navigateur : %1</translation>
    </message>
</context>
<context>
    <name>CreateApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. CI runner</source>
        <translation>p. ex. exécuteur CI</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Edit the permissions as &amp;JSON (advanced)</source>
        <translation>Modifier les autorisations en &amp;JSON (avancé)</translation>
    </message>
    <message>
        <source>Permissions JSON</source>
        <translation>Autorisations en JSON</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>Choose at least one category: a key without permissions cannot do anything.</source>
        <translation>Choisissez au moins une catégorie&#xa0;: une clé sans autorisations ne peut rien faire.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <source>The key was not created. %1</source>
        <translation>La clé n’a pas été créée. %1</translation>
    </message>
    <message>
        <source>Check the permissions first: %1 Press Return again to create the key.</source>
        <translation>Vérifiez d&apos;abord les autorisations : %1 Appuyez de nouveau sur Entrée pour créer la clé.</translation>
    </message>
</context>
<context>
    <name>CredentialImporter</name>
    <message>
        <source>the environment variable %1</source>
        <translation>la variable d’environnement %1</translation>
    </message>
    <message>
        <source>the vastai command-line tool&apos;s key file %1</source>
        <translation>le fichier de clé %1 de l’outil en ligne de commande vastai</translation>
    </message>
    <message>
        <source>the vastai command-line tool&apos;s old key file %1</source>
        <translation>l’ancien fichier de clé %1 de l’outil en ligne de commande vastai</translation>
    </message>
    <message>
        <source>Keydeck only deletes the vastai command-line tool&apos;s key files, not %1.</source>
        <translation>Keydeck ne supprime que les fichiers de clé de l’outil en ligne de commande vastai, pas %1.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The vastai command-line tool saved this key unencrypted in %1, and that file can be read by other users of this computer. Keydeck now keeps the key in your system keychain, so you can delete the file. The vastai tool will then ask for the key again (vastai set api-key) unless %2 is set.</source>
        <translation>L’outil en ligne de commande vastai a enregistré cette clé sans chiffrement dans %1, et ce fichier est lisible par les autres utilisateurs de cet ordinateur. Keydeck conserve désormais la clé dans le trousseau de votre système&#xa0;: vous pouvez donc supprimer le fichier. L’outil vastai redemandera alors la clé (vastai set api-key), sauf si %2 est défini.</translation>
    </message>
    <message>
        <source>The vastai command-line tool saved this key unencrypted in %1 (the tool does not restrict who can read it). Keydeck now keeps the key in your system keychain, so you can delete the file. The vastai tool will then ask for the key again (vastai set api-key) unless %2 is set.</source>
        <translation>L’outil en ligne de commande vastai a enregistré cette clé sans chiffrement dans %1 (l’outil ne restreint pas qui peut la lire). Keydeck conserve désormais la clé dans le trousseau de votre système&#xa0;: vous pouvez donc supprimer le fichier. L’outil vastai redemandera alors la clé (vastai set api-key), sauf si %2 est défini.</translation>
    </message>
    <message>
        <source>Keydeck did not delete %1: it is a symbolic link, and deleting it would leave the key in the file it points to. Delete that file yourself.</source>
        <translation>Keydeck n’a pas supprimé %1 : c’est un lien symbolique, et le supprimer laisserait la clé dans le fichier vers lequel il pointe. Supprimez ce fichier vous-même.</translation>
    </message>
    <message>
        <source>Keydeck did not delete %1: the file has changed since the key was imported from it. Check what it holds and delete it yourself if you no longer need it.</source>
        <translation>Keydeck n’a pas supprimé %1 : le fichier a changé depuis que la clé en a été importée. Vérifiez son contenu et supprimez-le vous-même si vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>the %1 key file %2</source>
        <translation>le fichier de clé de %1 %2</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <source>%1 demo</source>
        <translation>Démo %1</translation>
    </message>
    <message>
        <source>Keydeck could not create the folder for the demo data (%1).</source>
        <translation>Keydeck n’a pas pu créer le dossier des données de démo (%1).</translation>
    </message>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation>Le serveur de démo local n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local demo server could not create its demo accounts.</source>
        <translation>Le serveur de démo local n’a pas pu créer ses comptes de démo.</translation>
    </message>
    <message>
        <source>The local demo server stopped before the demo account was ready.</source>
        <translation>Le serveur de démo local s’est arrêté avant que le compte de démo soit prêt.</translation>
    </message>
    <message>
        <source>Keydeck could not add the demo account.</source>
        <translation>Keydeck n’a pas pu ajouter le compte de démo.</translation>
    </message>
    <message>
        <source>Keydeck could not make the folder for the demo data private (%1).</source>
        <translation>Keydeck n’a pas pu rendre privé le dossier des données de démo (%1).</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The local demo is not available: its server module could not be loaded (%1).</source>
        <translation>La démo locale n’est pas disponible&#xa0;: son module serveur n’a pas pu être chargé (%1).</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <source>Keydeck is ready to use.</source>
        <translation>Keydeck est prêt à l’emploi.</translation>
    </message>
    <message>
        <source>Plaintext key file</source>
        <translation>Fichier de clé non chiffré</translation>
    </message>
    <message>
        <source>&amp;Delete the File</source>
        <translation>&amp;Supprimer le fichier</translation>
    </message>
    <message>
        <source>Delete the plaintext key file</source>
        <translation>Supprimer le fichier de clé non chiffré</translation>
    </message>
</context>
<context>
    <name>EnvVarDialog</name>
    <message>
        <source>New Environment Variable</source>
        <translation>Nouvelle variable d’environnement</translation>
    </message>
    <message>
        <source>Account variables are injected into every container you launch on Vast.ai. Their values are write-only: after saving, nobody can read them back here.</source>
        <translation>Les variables du compte sont injectées dans chaque conteneur que vous lancez sur Vast.ai. Leurs valeurs sont en écriture seule&#xa0;: une fois enregistrées, personne ne peut les relire ici.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. HF_TOKEN</source>
        <translation>p. ex. HF_TOKEN</translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation>Nom de la variable</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Variable value</source>
        <translation>Valeur de la variable</translation>
    </message>
    <message>
        <source>S&amp;how value</source>
        <translation>A&amp;fficher la valeur</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Change Environment Variable</source>
        <translation>Modifier la variable d’environnement</translation>
    </message>
    <message>
        <source>Enter a new value for %1. The old value cannot be shown: Vast.ai only returns it masked.</source>
        <translation>Saisissez une nouvelle valeur pour %1. L’ancienne valeur ne peut pas être affichée&#xa0;: Vast.ai ne la renvoie que masquée.</translation>
    </message>
    <message>
        <source>It will be saved as %1.</source>
        <translation>Elle sera enregistrée sous la forme %1.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the variable %1 was created. Look at the list before you try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et Keydeck n’a pas pu vérifier si la variable %1 a été créée. Consultez la liste avant de réessayer.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server. The variable %1 already existed, and the server does not create a name twice, so nothing changed; use Change Value to replace its value.</source>
        <translation>Aucune réponse lisible n’est venue du serveur. La variable %1 existait déjà et le serveur ne crée pas deux fois le même nom&#xa0;: rien n’a changé. Utilisez «&#xa0;Modifier la valeur&#xa0;» pour remplacer sa valeur.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the variable %1 was not created; you can try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur et la variable %1 n’a pas été créée&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>A variable named %1 already exists. To replace its value, select it and choose Change Value.</source>
        <translation>Une variable nommée %1 existe déjà. Pour remplacer sa valeur, sélectionnez-la et choisissez « Modifier la valeur ».</translation>
    </message>
</context>
<context>
    <name>EnvVarRules</name>
    <message>
        <source>Enter a name for the variable.</source>
        <translation>Saisissez un nom pour la variable.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %n characters are allowed.</source>
        <translation>
            <numerusform>Le nom est trop long&#xa0;: %n caractère au maximum est autorisé.</numerusform>
            <numerusform>Le nom est trop long&#xa0;: %n caractères au maximum sont autorisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name must start with a letter or an underscore.</source>
        <translation>Le nom doit commencer par une lettre ou un trait de soulignement.</translation>
    </message>
    <message>
        <source>The name may contain only letters A–Z, digits and underscores.</source>
        <translation>Le nom ne peut contenir que des lettres A–Z, des chiffres et des traits de soulignement.</translation>
    </message>
    <message>
        <source>Enter a value for the variable.</source>
        <translation>Saisissez une valeur pour la variable.</translation>
    </message>
</context>
<context>
    <name>EnvVarsPage</name>
    <message>
        <source>Environment variables are injected into every container you launch. Values are write-only: Vast.ai returns them masked, so they can be replaced but never shown or copied.</source>
        <translation>Les variables d’environnement sont injectées dans chaque conteneur que vous lancez. Les valeurs sont en écriture seule&#xa0;: Vast.ai les renvoie masquées&#xa0;; elles peuvent donc être remplacées, mais jamais affichées ni copiées.</translation>
    </message>
    <message>
        <source>&amp;New Variable…</source>
        <translation>&amp;Nouvelle variable…</translation>
    </message>
    <message>
        <source>Add an environment variable (Ctrl+N)</source>
        <translation>Ajouter une variable d’environnement (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change Value…</source>
        <translation>&amp;Modifier la valeur…</translation>
    </message>
    <message>
        <source>Replace the value of the selected variable</source>
        <translation>Remplacer la valeur de la variable sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Delete the selected variable (Del)</source>
        <translation>Supprimer la variable sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Le nom contient…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation>Recharger la liste depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables d’environnement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Loading environment variables…</source>
        <translation>Chargement des variables d’environnement…</translation>
    </message>
    <message>
        <source>Could not load the environment variables.</source>
        <translation>Impossible de charger les variables d’environnement.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masquée)</translation>
    </message>
    <message>
        <source>Values are write-only: use Change Value to replace it.</source>
        <translation>Les valeurs sont en écriture seule&#xa0;: utilisez «&#xa0;Modifier la valeur&#xa0;» pour la remplacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message>
        <source>No environment variables</source>
        <translation>Aucune variable d’environnement</translation>
    </message>
    <message>
        <source>Variables you add here are injected into every container you launch.</source>
        <translation>Les variables que vous ajoutez ici sont injectées dans chaque conteneur que vous lancez.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n environment variable(s).</source>
        <translation>
            <numerusform>%n variable d’environnement chargée.</numerusform>
            <numerusform>%n variables d’environnement chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment variable %1 was added.</source>
        <translation>La variable d’environnement %1 a été ajoutée.</translation>
    </message>
    <message>
        <source>The value of %1 was replaced.</source>
        <translation>La valeur de %1 a été remplacée.</translation>
    </message>
    <message>
        <source>Delete Environment Variable</source>
        <translation>Supprimer la variable d’environnement</translation>
    </message>
    <message>
        <source>Delete the environment variable %1?</source>
        <translation>Supprimer la variable d’environnement %1&#xa0;?</translation>
    </message>
    <message>
        <source>Containers launched from now on will not get it. Its value cannot be recovered.</source>
        <translation>Les conteneurs lancés à partir de maintenant ne la recevront plus. Sa valeur ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Environment variable %1 was deleted.</source>
        <translation>La variable d’environnement %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Environment Variables</source>
        <translation>Variables d’environnement</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the variable %1 was created.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, mais la variable %1 a été créée.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether %1 was deleted. Refresh the list before you try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et Keydeck n’a pas pu vérifier si %1 a été supprimée. Actualisez la liste avant de réessayer.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but %1 was deleted.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, mais %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Environment variable %1 no longer exists on the server.</source>
        <translation>La variable d’environnement %1 n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and %1 was not deleted; you can try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et %1 n’a pas été supprimée&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Filt&amp;re&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n variable(s)</source>
        <translation>
            <numerusform>%1 sur %n variable</numerusform>
            <numerusform>%1 sur %n variables</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of variables</source>
        <translation>Nombre de variables</translation>
    </message>
    <message>
        <source>The environment variables could not be refreshed: %1 The list shows them as loaded before.</source>
        <translation>Les variables d’environnement n’ont pas pu être actualisées&#xa0;: %1 La liste affiche les variables chargées précédemment.</translation>
    </message>
</context>
<context>
    <name>EverywhereText</name>
    <message>
        <source>%1 · team %2</source>
        <translation>%1 · équipe %2</translation>
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
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Déjà absente</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost, and the list could not be read again: %1 Retry looks again.</source>
        <translation>Inconnu&#xa0;: la réponse a été perdue, et la liste n’a pas pu être relue&#xa0;: %1 «&#xa0;Réessayer les échecs&#xa0;» vérifie à nouveau.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présente</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost, and the list could not be read again: %1 Retry looks first.</source>
        <translation>Inconnu&#xa0;: la réponse a été perdue, et la liste n’a pas pu être relue&#xa0;: %1 «&#xa0;Réessayer les échecs&#xa0;» vérifie d’abord.</translation>
    </message>
    <message>
        <source>The keys of “%1” could not be read: %2 The key may be there already; Keydeck does not add it there.</source>
        <translation>Les clés de «&#xa0;%1&#xa0;» n’ont pas pu être lues&#xa0;: %2 La clé s’y trouve peut-être déjà&#xa0;; Keydeck ne l’y ajoute pas.</translation>
    </message>
    <message>
        <source>The keys of “%1” could not be read: %2 The key may be registered there unseen; Keydeck does not remove it there.</source>
        <translation>Les clés de «&#xa0;%1&#xa0;» n’ont pas pu être lues&#xa0;: %2 La clé y est peut-être enregistrée sans être visible&#xa0;; Keydeck ne la supprime pas à cet endroit.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not looked in, because Keydeck could not open them: %1.</source>
        <translation>
            <numerusform>%n compte non examiné, car Keydeck n’a pas pu l’ouvrir&#xa0;: %1.</numerusform>
            <numerusform>%n comptes non examinés, car Keydeck n’a pas pu les ouvrir&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Rotate &amp;Now…</source>
        <translation>Effectuer la rotation mainte&amp;nant…</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>API Key Expiry</source>
        <translation>Expiration de la clé API</translation>
    </message>
    <message>
        <source>The API cannot tell when a key expires. Copy the &quot;Expires&quot; date from the console&apos;s API page so Keydeck can warn you in time.</source>
        <translation>L’API ne peut pas indiquer quand une clé expire. Recopiez la date «&#xa0;Expires&#xa0;» de la page API de la console pour que Keydeck puisse vous avertir à temps.</translation>
    </message>
    <message>
        <source>I &amp;know the expiry date</source>
        <translation>Je &amp;connais la date d’expiration</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Expire le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExpiryNotifier</name>
    <message>
        <source>Keydeck: API key expiry</source>
        <translation>Keydeck&#xa0;: expiration de la clé API</translation>
    </message>
    <message>
        <source>Keydeck: the API key of %1 expires soon</source>
        <translation>Keydeck&#xa0;: la clé API de %1 expire bientôt</translation>
    </message>
</context>
<context>
    <name>FilterField</name>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Press Esc to clear the filter.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;». Appuyez sur Échap pour effacer le filtre.</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Snooze or ignore</source>
        <translation>Reporter ou ignorer</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>Afficher à nouveau</translation>
    </message>
    <message>
        <source>Snooze for 7 Days</source>
        <translation>Reporter de 7 jours</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Remove Everywhere…</source>
        <translation>Supprimer partout…</translation>
    </message>
    <message>
        <source>Snooze, ignore or remove everywhere</source>
        <translation>Reporter, ignorer ou supprimer partout</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message numerus="yes">
        <source>One key is registered %n times, as %1: remove the extra entries so that removing the key once really removes it.</source>
        <translation>
            <numerusform>Une même clé est enregistrée %n fois, sous le nom %1&#xa0;: supprimez les entrées en trop pour qu’une seule suppression retire vraiment la clé.</numerusform>
            <numerusform>Une même clé est enregistrée %n fois, sous les noms %1&#xa0;: supprimez les entrées en trop pour qu’une seule suppression retire vraiment la clé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The private key %1 has no passphrase: anyone who copies the file can use it.</source>
        <translation>La clé privée %1 n’a pas de phrase secrète&#xa0;: quiconque copie le fichier peut l’utiliser.</translation>
    </message>
    <message>
        <source>The folder %1 has mode %2: other users of this computer can look into it. It should be 0700.</source>
        <translation>Le dossier %1 est en mode %2&#xa0;: les autres utilisateurs de cet ordinateur peuvent voir son contenu. Il devrait être en mode 0700.</translation>
    </message>
    <message>
        <source>The private key %1 has mode %2: other users of this computer can read it. It should be 0600.</source>
        <translation>La clé privée %1 est en mode %2&#xa0;: les autres utilisateurs de cet ordinateur peuvent la lire. Elle devrait être en mode 0600.</translation>
    </message>
    <message>
        <source>The public key %1 has mode %2: other users of this computer can change it.</source>
        <translation>La clé publique %1 est en mode %2&#xa0;: les autres utilisateurs de cet ordinateur peuvent la modifier.</translation>
    </message>
    <message numerus="yes">
        <source>The API key expires on %1, in %n day(s): create a new one before it stops working.</source>
        <translation>
            <numerusform>La clé API expire le %1, dans %n jour&#xa0;: créez-en une nouvelle avant qu’elle cesse de fonctionner.</numerusform>
            <numerusform>La clé API expire le %1, dans %n jours&#xa0;: créez-en une nouvelle avant qu’elle cesse de fonctionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key expired on %1: create a new one and delete the old one.</source>
        <translation>La clé API a expiré le %1&#xa0;: créez-en une nouvelle et supprimez l’ancienne.</translation>
    </message>
    <message>
        <source>The file %1 holds an API key in plain text: any program you run can read it.</source>
        <translation>Le fichier %1 contient une clé API en clair&#xa0;: tous les programmes que vous lancez peuvent la lire.</translation>
    </message>
    <message>
        <source>Line %1 of %2 exports %3 with the API key in plain text: every program started from the shell sees it.</source>
        <translation>La ligne %1 de %2 exporte %3 avec la clé API en clair&#xa0;: tous les programmes lancés depuis le shell la voient.</translation>
    </message>
    <message>
        <source>Two-factor authentication is off: a stolen password is enough to take over the account.</source>
        <translation>L’authentification à deux facteurs est désactivée&#xa0;: un mot de passe volé suffit pour prendre le contrôle du compte.</translation>
    </message>
    <message numerus="yes">
        <source>The account is signed in on %n other device(s), the newest %1: sign out the ones you do not recognize.</source>
        <translation>
            <numerusform>Le compte est connecté sur %n autre appareil, %1&#xa0;: déconnectez-le si vous ne le reconnaissez pas.</numerusform>
            <numerusform>Le compte est connecté sur %n autres appareils, dont le plus récent est %1&#xa0;: déconnectez ceux que vous ne reconnaissez pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>On %1 the account saw %2 that Keydeck did not make (%3). If it was not you, review the account.</source>
        <translation>Le %1, %2 que Keydeck n’a pas effectuée a eu lieu sur le compte (%3). Si ce n’était pas vous, vérifiez le compte.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Effectuer la rotation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Add a Passphrase…</source>
        <translation>Ajouter une phrase secrète…</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Rotate API Key</source>
        <translation>Rotation de la clé API</translation>
    </message>
    <message>
        <source>Set Up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Review Sessions</source>
        <translation>Examiner les sessions</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Priorité haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Priorité moyenne</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <source>a change to the SSH keys</source>
        <translation>une modification des clés SSH</translation>
    </message>
    <message>
        <source>a change to the API keys</source>
        <translation>une modification des clés API</translation>
    </message>
    <message>
        <source>a change to two-factor authentication</source>
        <translation>une modification de l’authentification à deux facteurs</translation>
    </message>
    <message>
        <source>a sign-in</source>
        <translation>une connexion</translation>
    </message>
    <message>
        <source>a session signed out</source>
        <translation>une déconnexion de session</translation>
    </message>
    <message>
        <source>a change of e-mail address or password</source>
        <translation>une modification de l’adresse e-mail ou du mot de passe</translation>
    </message>
    <message>
        <source>The SSH key %1 was registered on %2, more than 90 days ago: the longer a key is used, the more places it may have been copied to. Replace it with a new one.</source>
        <translation>La clé SSH %1 a été enregistrée le %2, il y a plus de 90 jours&#xa0;: plus une clé sert longtemps, plus elle a pu être copiée à de nombreux endroits. Remplacez-la par une nouvelle.</translation>
    </message>
    <message>
        <source>The SSH key %1 has no copy on this computer. If it belongs to a device you no longer use or do not recognize, remove it: whoever holds it can reach your instances.</source>
        <translation>La clé SSH %1 n’a aucune copie sur cet ordinateur. Si elle appartient à un appareil que vous n’utilisez plus ou que vous ne reconnaissez pas, supprimez-la&#xa0;: quiconque la détient peut accéder à vos instances.</translation>
    </message>
    <message>
        <source>The SSH key %1 is %2, too weak by today&apos;s standards. Replace it with an Ed25519 key.</source>
        <translation>La clé SSH %1 est une clé %2, trop faible selon les critères actuels. Remplacez-la par une clé Ed25519.</translation>
    </message>
    <message numerus="yes">
        <source>The SSH key %1 is registered in all %n accounts: if it is lost, every account is open. Use different keys for different services.</source>
        <translation>
            <numerusform>La clé SSH %1 est enregistrée dans %n compte&#xa0;: si elle est perdue, ce compte est exposé. Utilisez des clés différentes pour des services différents.</numerusform>
            <numerusform>La clé SSH %1 est enregistrée dans chacun de vos %n comptes&#xa0;: si elle est perdue, tous les comptes sont exposés. Utilisez des clés différentes pour des services différents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key %1 was created on %2, more than 90 days ago: rotate it, as the console advises.</source>
        <translation>La clé API %1 a été créée le %2, il y a plus de 90 jours&#xa0;: effectuez sa rotation, comme le recommande la console.</translation>
    </message>
    <message>
        <source>SSH key changed</source>
        <translation>Modification de clé SSH</translation>
    </message>
    <message>
        <source>API key changed</source>
        <translation>Modification de clé API</translation>
    </message>
    <message>
        <source>Two-factor authentication changed</source>
        <translation>Modification de l’authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Session signed out</source>
        <translation>Déconnexion de session</translation>
    </message>
    <message>
        <source>E-mail address or password changed</source>
        <translation>Modification de l’adresse e-mail ou du mot de passe</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>without a name (%1)</source>
        <translation>sans nom (%1)</translation>
    </message>
    <message>
        <source>without a name (ID %1)</source>
        <translation>sans nom (ID %1)</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Import and Remove…</source>
        <translation>Importer et supprimer…</translation>
    </message>
</context>
<context>
    <name>GenerateSshKeyDialog</name>
    <message>
        <source>Generate SSH Key</source>
        <translation>Générer une clé SSH</translation>
    </message>
    <message>
        <source>Keydeck creates a new Ed25519 key pair on this computer, saves it in your SSH folder and uploads the public key. The private key never leaves this computer.</source>
        <translation>Keydeck crée une nouvelle paire de clés Ed25519 sur cet ordinateur, l’enregistre dans votre dossier SSH et envoie la clé publique. La clé privée ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Key comment</source>
        <translation>Commentaire de la clé</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de la clé privée</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Generate and Upload</source>
        <translation>&amp;Générer et envoyer</translation>
    </message>
    <message>
        <source>&amp;Retry Upload</source>
        <translation>&amp;Réessayer l’envoi</translation>
    </message>
    <message>
        <source>A file name in your SSH folder, or a full path. The public key is saved beside it with .pub added.</source>
        <translation>Un nom de fichier dans votre dossier SSH, ou un chemin complet. La clé publique est enregistrée à côté, avec l’extension .pub ajoutée.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Rotate SSH Key</source>
        <translation>Rotation de la clé SSH</translation>
    </message>
    <message>
        <source>Keydeck creates a new Ed25519 key pair to replace “%1”, saves it in your SSH folder and uploads the public key. Then it asks before deleting the old key.</source>
        <translation>Keydeck crée une nouvelle paire de clés Ed25519 pour remplacer «&#xa0;%1&#xa0;», l’enregistre dans votre dossier SSH et envoie la clé publique. Il demande ensuite confirmation avant de supprimer l’ancienne clé.</translation>
    </message>
    <message>
        <source>Choose a file name such as id_ed25519 (no leading dot, no folder separators at the end).</source>
        <translation>Choisissez un nom de fichier tel que id_ed25519 (sans point au début ni séparateur de dossier à la fin).</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Saisissez à nouveau la phrase secrète pour la confirmer.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Spheron AI needs a name for the key.</source>
        <translation>Spheron AI a besoin d’un nom pour la clé.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back Up and Continue</source>
        <translation>Sauvegarder et continuer</translation>
    </message>
    <message>
        <source>Programs that use the old key by its file name will use the new key.</source>
        <translation>Les programmes qui utilisent l’ancienne clé par son nom de fichier utiliseront la nouvelle clé.</translation>
    </message>
    <message>
        <source>Generating the key pair…</source>
        <translation>Génération de la paire de clés…</translation>
    </message>
    <message>
        <source>A key is already being generated.</source>
        <translation>Une clé est déjà en cours de génération.</translation>
    </message>
    <message>
        <source>Saved %1. Uploading the public key…</source>
        <translation>%1 enregistré. Envoi de la clé publique…</translation>
    </message>
    <message>
        <source>The key pair is saved as %1 and %2 and stays there. You can retry the upload now or add the .pub file later.</source>
        <translation>La paire de clés est enregistrée sous %1 et %2 et y reste. Vous pouvez réessayer l’envoi maintenant ou ajouter le fichier .pub plus tard.</translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation>Confir&amp;mer la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The upload was cancelled, but the key may still arrive. Checking the key list…</source>
        <translation>L&apos;envoi a été annulé, mais la clé peut encore arriver. Keydeck vérifie la liste des clés…</translation>
    </message>
    <message>
        <source>Back Up Existing Key</source>
        <translation>Sauvegarder la clé existante</translation>
    </message>
    <message>
        <source>%1 already exists. Keydeck will rename the existing files to “%2.backup_&lt;time&gt;” and “%2.pub.backup_&lt;time&gt;” and then write the new key. Nothing is overwritten.</source>
        <translation>%1 existe déjà. Keydeck renommera les fichiers existants en «&#xa0;%2.backup_&lt;horodatage&gt;&#xa0;» et «&#xa0;%2.pub.backup_&lt;horodatage&gt;&#xa0;», puis écrira la nouvelle clé. Rien n’est écrasé.</translation>
    </message>
</context>
<context>
    <name>ImportAndRemoveDialog</name>
    <message>
        <source>Import and Remove</source>
        <translation>Importer et supprimer</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Comment &amp;Out Line…</source>
        <translation>&amp;Commenter la ligne…</translation>
    </message>
    <message>
        <source>&amp;Delete File…</source>
        <translation>&amp;Supprimer le fichier…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Line %1 of %2 exports your %3 API key in plaintext:</source>
        <translation>La ligne %1 de %2 exporte votre clé API %3 en clair&#xa0;:</translation>
    </message>
    <message>
        <source>%1 holds your %2 API key in plaintext:</source>
        <translation>%1 contient votre clé API %2 en clair&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for this key among your accounts…</source>
        <translation>Recherche de cette clé parmi vos comptes…</translation>
    </message>
    <message>
        <source>No account in Keydeck has this key yet. Import checks it with %1, stores it in your system keychain and adds the account; then Keydeck can remove the plaintext copy.</source>
        <translation>Aucun compte de Keydeck n’a encore cette clé. «&#xa0;Importer&#xa0;» la vérifie auprès de %1, l’enregistre dans le trousseau de votre système et ajoute le compte&#xa0;; Keydeck peut ensuite supprimer la copie en clair.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>Imported as the account “%1”. The key is in your system keychain.</source>
        <translation>Clé importée en tant que compte «&#xa0;%1&#xa0;». Elle se trouve dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>This key is already stored as the account “%1”: there is nothing to import, only the plaintext copy to remove.</source>
        <translation>Cette clé est déjà enregistrée en tant que compte «&#xa0;%1&#xa0;»&#xa0;: il n’y a rien à importer, seulement la copie en clair à supprimer.</translation>
    </message>
    <message>
        <source>This %1 account asks for a two-factor code, which Import does not ask for. Add the account with Add Account, then remove the plaintext copy here. Nothing was removed.</source>
        <translation>Ce compte %1 demande un code à deux facteurs, que «&#xa0;Importer&#xa0;» ne permet pas de saisir. Ajoutez le compte avec «&#xa0;Ajouter un compte&#xa0;», puis supprimez ici la copie en clair. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>%1 did not accept the key: %2 Nothing was imported and nothing was removed.</source>
        <translation>%1 n’a pas accepté la clé&#xa0;: %2 Rien n’a été importé ni supprimé.</translation>
    </message>
    <message>
        <source>The key could not be checked with %1: %2 Nothing was imported and nothing was removed.</source>
        <translation>La clé n’a pas pu être vérifiée auprès de %1&#xa0;: %2 Rien n’a été importé ni supprimé.</translation>
    </message>
    <message>
        <source>Comment Out Line</source>
        <translation>Commenter la ligne</translation>
    </message>
    <message>
        <source>Comment out line %1 of %2?</source>
        <translation>Commenter la ligne %1 de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Comment &amp;Out</source>
        <translation>&amp;Commenter</translation>
    </message>
    <message>
        <source>Keydeck puts “# ” before the line and first keeps a copy of the file beside it. The key stays in your system keychain as “%1”.</source>
        <translation>Keydeck place «&#xa0;#&#xa0;» suivi d’une espace au début de la ligne, après avoir gardé une copie du fichier à côté de celui-ci. La clé reste dans le trousseau de votre système sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Delete Key File</source>
        <translation>Supprimer le fichier de clé</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>The key stays in your system keychain as “%1”. Tools that read this file need the key from elsewhere.</source>
        <translation>La clé reste dans le trousseau de votre système sous le nom «&#xa0;%1&#xa0;». Les outils qui lisent ce fichier devront obtenir la clé autrement.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is commented out. The old file is kept as %3 and still holds the key: delete it once your shell starts without the line.</source>
        <translation>La ligne %1 de %2 est commentée. L’ancien fichier est conservé sous %3 et contient toujours la clé&#xa0;: supprimez-le dès que votre shell démarre sans la ligne.</translation>
    </message>
    <message>
        <source>Deleted %1. The key is kept in your system keychain.</source>
        <translation>%1 supprimé. La clé reste dans le trousseau de votre système.</translation>
    </message>
</context>
<context>
    <name>KeyEntryDialog</name>
    <message>
        <source>Enter an API Key</source>
        <translation>Saisir une clé API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show the key</source>
        <translation>A&amp;fficher la clé</translation>
    </message>
    <message>
        <source>Enter a New API Key</source>
        <translation>Saisir une nouvelle clé API</translation>
    </message>
    <message>
        <source>Use a New API Key</source>
        <translation>Utiliser une nouvelle clé API</translation>
    </message>
    <message>
        <source>&amp;Verify and Save</source>
        <translation>&amp;Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Spheron AI keys start with &quot;sai_&quot;. Check that you copied the whole key.</source>
        <translation>Les clés Spheron AI commencent par «&#xa0;sai_&#xa0;». Vérifiez que vous avez copié la clé entière.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>&amp;Open the Console</source>
        <translation>&amp;Ouvrir la console</translation>
    </message>
    <message>
        <source>Enter the Reset API Key</source>
        <translation>Saisir la clé d&apos;API réinitialisée</translation>
    </message>
    <message>
        <source>%1 no longer accepts the API key Keydeck has for “%2”: it was deleted, reset or has expired. Paste a valid key; Keydeck checks it with the server, stores it for this account and carries on. Nothing else about the account changes.</source>
        <translation>%1 n’accepte plus la clé API dont Keydeck dispose pour «&#xa0;%2&#xa0;»&#xa0;: elle a été supprimée, réinitialisée ou a expiré. Collez une clé valide&#xa0;; Keydeck la vérifie auprès du serveur, l’enregistre pour ce compte et continue. Rien d’autre ne change pour le compte.</translation>
    </message>
    <message>
        <source>The API key of “%1” was reset, but its new key did not reach Keydeck. Open the %2 console, copy the new key and paste it here; Keydeck checks it with the server before it replaces the stored key.</source>
        <translation>La clé API de «&#xa0;%1&#xa0;» a été réinitialisée, mais la nouvelle clé n’est pas parvenue à Keydeck. Ouvrez la console %2, copiez la nouvelle clé et collez-la ici&#xa0;; Keydeck la vérifie auprès du serveur avant de remplacer la clé enregistrée.</translation>
    </message>
    <message>
        <source>Paste the key you generated in the %1 console. Keydeck checks it with the server, then replaces the stored key of “%2” with it.</source>
        <translation>Collez la clé que vous avez générée dans la console %1. Keydeck la vérifie auprès du serveur, puis remplace par celle-ci la clé enregistrée de «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message numerus="yes">
        <source>Your API key expires on %1, in %n day(s). Plan its rotation now: generate a new key, update your applications, test them, then revoke the old key.</source>
        <translation>
            <numerusform>Votre clé API expire le %1, dans %n jour. Planifiez sa rotation dès maintenant&#xa0;: générez une nouvelle clé, mettez à jour vos applications, testez-les, puis révoquez l’ancienne clé.</numerusform>
            <numerusform>Votre clé API expire le %1, dans %n jours. Planifiez sa rotation dès maintenant&#xa0;: générez une nouvelle clé, mettez à jour vos applications, testez-les, puis révoquez l’ancienne clé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your API key expires on %1, in %n day(s). Applications that use it will fail after that date: rotate it now.</source>
        <translation>
            <numerusform>Votre clé API expire le %1, dans %n jour. Les applications qui l’utilisent échoueront après cette date&#xa0;: effectuez sa rotation maintenant.</numerusform>
            <numerusform>Votre clé API expire le %1, dans %n jours. Les applications qui l’utilisent échoueront après cette date&#xa0;: effectuez sa rotation maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your API key expired on %1. Generate a new key in the console and enter it here.</source>
        <translation>Votre clé API a expiré le %1. Générez une nouvelle clé dans la console et saisissez-la ici.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Expire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expirée depuis %n jour</numerusform>
            <numerusform>Expirée depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyFiles</name>
    <message>
        <source>There is no valid key pair to save.</source>
        <translation>Il n’y a aucune paire de clés valide à enregistrer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid key file name. Use a plain name such as id_ed25519.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fichier de clé valide. Utilisez un nom simple tel que id_ed25519.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>A key named %1 already exists in %2. Confirm a backup of the existing files first.</source>
        <translation>Une clé nommée %1 existe déjà dans %2. Confirmez d’abord une sauvegarde des fichiers existants.</translation>
    </message>
    <message>
        <source>No free backup file name was found in %1.</source>
        <translation>Aucun nom de fichier de sauvegarde libre n’a été trouvé dans %1.</translation>
    </message>
    <message>
        <source>The existing file %1 could not be backed up: %2</source>
        <translation>Impossible de sauvegarder le fichier existant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The private key could not be written to %1: %2</source>
        <translation>Impossible d’écrire la clé privée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The public key could not be written to %1: %2</source>
        <translation>Impossible d’écrire la clé publique dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keydeck did not save the key: the folder %1 belongs to another user, who could replace the key files. Use a folder of your own, or make this one yours (chown).</source>
        <translation>Keydeck n’a pas enregistré la clé : le dossier %1 appartient à un autre utilisateur, qui pourrait remplacer les fichiers de clé. Utilisez un dossier à vous, ou faites de celui-ci le vôtre (chown).</translation>
    </message>
    <message>
        <source>Keydeck did not save the key: other users can change the folder %1 and could replace the key files. Make it private with chmod 700 and try again.</source>
        <translation>Keydeck n’a pas enregistré la clé : d’autres utilisateurs peuvent modifier le dossier %1 et pourraient remplacer les fichiers de clé. Rendez-le privé avec chmod 700 et réessayez.</translation>
    </message>
    <message>
        <source>The folder %1 can be read by other users; OpenSSH recommends making it private (chmod 700).</source>
        <translation>Le dossier %1 peut être lu par d’autres utilisateurs ; OpenSSH recommande de le rendre privé (chmod 700).</translation>
    </message>
    <message>
        <source>Keydeck did not change %1: it is not a regular file.</source>
        <translation>Keydeck n’a pas modifié %1 : ce n’est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>KeyPairGenerator</name>
    <message>
        <source>The key pair could not be generated (libssh error).</source>
        <translation>Impossible de générer la paire de clés (erreur libssh).</translation>
    </message>
    <message>
        <source>The private key could not be exported (libssh error).</source>
        <translation>Impossible d’exporter la clé privée (erreur libssh).</translation>
    </message>
    <message>
        <source>The public key could not be exported (libssh error).</source>
        <translation>Impossible d’exporter la clé publique (erreur libssh).</translation>
    </message>
    <message>
        <source>The generated public key did not pass validation.</source>
        <translation>La clé publique générée n’a pas passé la validation.</translation>
    </message>
    <message>
        <source>The key pair could not be generated.</source>
        <translation>Impossible de générer la paire de clés.</translation>
    </message>
    <message>
        <source>The key pair could not be generated because Keydeck&apos;s SSH library (libssh) could not be loaded. Reinstall Keydeck.</source>
        <translation>La paire de clés n’a pas pu être générée, car la bibliothèque SSH de Keydeck (libssh) n’a pas pu être chargée. Réinstallez Keydeck.</translation>
    </message>
</context>
<context>
    <name>KeySwitcher</name>
    <message>
        <source>The server did not accept this key: %1</source>
        <translation>Le serveur n’a pas accepté cette clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keydeck uses the new key for now, but could not store it: %1 Copy the key somewhere safe before you quit.</source>
        <translation>Keydeck utilise la nouvelle clé pour l’instant, mais n’a pas pu l’enregistrer&#xa0;: %1 Copiez la clé en lieu sûr avant de quitter.</translation>
    </message>
    <message>
        <source>No secret store is available for this account, so the key cannot be saved.</source>
        <translation>Aucun stockage de secrets n’est disponible pour ce compte&#xa0;; la clé ne peut donc pas être enregistrée.</translation>
    </message>
</context>
<context>
    <name>LocalActions</name>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is too large for Keydeck to change.</source>
        <translation>%1 est trop volumineux pour que Keydeck le modifie.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Keydeck cannot fix this finding by changing a file&apos;s permissions.</source>
        <translation>Keydeck ne peut pas corriger ce constat en modifiant les permissions d’un fichier.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be changed.</source>
        <translation>Impossible de modifier les permissions de %1.</translation>
    </message>
    <message>
        <source>Enter a passphrase for %1.</source>
        <translation>Saisissez une phrase de passe pour %1.</translation>
    </message>
    <message>
        <source>Keydeck did not change %1: it is not a regular file.</source>
        <translation>Keydeck n’a pas modifié %1 : ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is protected by a passphrase already.</source>
        <translation>%1 est déjà protégé par une phrase de passe.</translation>
    </message>
    <message>
        <source>%1 is not a private key Keydeck can read.</source>
        <translation>%1 n’est pas une clé privée que Keydeck sait lire.</translation>
    </message>
    <message>
        <source>The passphrase could not be added because Keydeck&apos;s SSH library (libssh) could not be loaded. Reinstall Keydeck.</source>
        <translation>Impossible d’ajouter la phrase de passe : la bibliothèque SSH de Keydeck (libssh) n’a pas pu être chargée. Réinstallez Keydeck.</translation>
    </message>
    <message>
        <source>Keydeck&apos;s SSH library (libssh) cannot encrypt %1. Add a passphrase with the command ssh-keygen -p -f %1 instead.</source>
        <translation>La bibliothèque SSH de Keydeck (libssh) ne sait pas chiffrer %1. Ajoutez plutôt une phrase de passe avec la commande ssh-keygen -p -f %1.</translation>
    </message>
    <message>
        <source>The private key could not be encrypted (libssh error).</source>
        <translation>Impossible de chiffrer la clé privée (erreur libssh).</translation>
    </message>
    <message>
        <source>Keydeck did not change %1: line %2 no longer reads as it did when it was checked. Check the file and try again.</source>
        <translation>Keydeck n’a pas modifié %1 : la ligne %2 n’est plus celle qui a été vérifiée. Vérifiez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be backed up: %2</source>
        <translation>Impossible de sauvegarder %1 : %2</translation>
    </message>
    <message>
        <source>no free name</source>
        <translation>aucun nom libre</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2</source>
        <translation>Impossible de modifier %1 : %2</translation>
    </message>
</context>
<context>
    <name>LocalKeys</name>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key file.</source>
        <translation>%1 est trop volumineux pour être un fichier de clé publique.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>LocalKeysModel</name>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>Inutilisable</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>LostKeyRecovery</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the key “%1” was created. Look at the key list before you try again, so that it is not created twice.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et Keydeck n’a pas pu vérifier si la clé «&#xa0;%1&#xa0;» a été créée. Consultez la liste des clés avant de réessayer, pour ne pas la créer deux fois.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the key “%1” was not created; you can try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur et la clé «&#xa0;%1&#xa0;» n’a pas été créée&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Key Created Without Its Secret</source>
        <translation>Clé créée sans son secret</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the key “%1” was created.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, mais la clé «&#xa0;%1&#xa0;» a été créée.</translation>
    </message>
    <message>
        <source>&amp;Delete the Key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Its secret could not be received, and %1 never shows it again, so nobody can use this key. Delete it (ID %2)? You can then create the key again.</source>
        <translation>Son secret n’a pas pu être reçu et %1 ne le montre plus jamais&#xa0;: personne ne peut donc utiliser cette clé. La supprimer (ID %2)&#xa0;? Vous pourrez ensuite créer la clé à nouveau.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the key “%1” was created. Its secret could not be received: delete the key (ID %2) from the list when you no longer need it.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, mais la clé «&#xa0;%1&#xa0;» a été créée. Son secret n’a pas pu être reçu&#xa0;: supprimez la clé (ID %2) de la liste quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the key “%1” was created without its secret reaching Keydeck. Keydeck deleted it; you can create the key again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, mais la clé «&#xa0;%1&#xa0;» a été créée sans que son secret parvienne à Keydeck. Keydeck l’a supprimée&#xa0;; vous pouvez créer la clé à nouveau.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the key “%1” was created. Its secret could not be received, and deleting the key (ID %2) failed: %3</source>
        <translation>Aucune réponse lisible n’est venue du serveur, mais la clé «&#xa0;%1&#xa0;» a été créée. Son secret n’a pas pu être reçu, et la suppression de la clé (ID %2) a échoué&#xa0;: %3</translation>
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
        <translation>Comptes</translation>
    </message>
    <message>
        <source>No accounts yet. Add a Vast.ai or Spheron AI account, or try the local demo.</source>
        <translation>Aucun compte pour l’instant. Ajoutez un compte Vast.ai ou Spheron AI, ou essayez la démo locale.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>A&amp;jouter un compte…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Réglages du compte</translation>
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
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Once you add an account, its name, email, balance and teams appear here.</source>
        <translation>Dès que vous ajoutez un compte, son nom, son adresse e-mail, son solde et ses équipes s’affichent ici.</translation>
    </message>
    <message>
        <source>&amp;SSH Keys</source>
        <translation>Clés &amp;SSH</translation>
    </message>
    <message>
        <source>:/icons/ssh-key.svg</source>
        <translation>:/icons/ssh-key.svg</translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation>Clés SSH</translation>
    </message>
    <message>
        <source>Once you add an account, the SSH keys it lets into your GPU instances appear here. You can add, generate and remove keys.</source>
        <translation>Dès que vous ajoutez un compte, les clés SSH qui donnent accès à vos instances GPU s’affichent ici. Vous pouvez ajouter, générer et supprimer des clés.</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>C&amp;lés API</translation>
    </message>
    <message>
        <source>:/icons/api-key.svg</source>
        <translation>:/icons/api-key.svg</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Once you add an account, its API keys appear here: create, rotate and revoke them, with the active key kept in your system keychain.</source>
        <translation>Dès que vous ajoutez un compte, ses clés API s’affichent ici&#xa0;: créez-les, effectuez leur rotation et révoquez-les&#xa0;; la clé active est conservée dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>À propos de &amp;Keydeck</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;Rename Account</source>
        <translation>&amp;Renommer le compte</translation>
    </message>
    <message>
        <source>Re&amp;move Account…</source>
        <translation>Supprimer le co&amp;mpte…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>This account lives in Keydeck&apos;s local sandbox, not at a real provider.</source>
        <translation>Ce compte se trouve dans le bac à sable local de Keydeck, pas chez un vrai fournisseur.</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Compte de démo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Preparing the account…</source>
        <translation>Préparation du compte…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account “%1” from Keydeck?</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;» de Keydeck&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The account itself, its SSH keys and API keys at the provider are not touched.</source>
        <translation>Sa clé API est supprimée du trousseau. Le compte lui-même, ainsi que ses clés SSH et ses clés API chez le fournisseur, ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>The account “%1” was kept because its key could not be deleted.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été conservé, car sa clé n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>Mémoire uniquement</translation>
    </message>
    <message>
        <source>Memory only: keys are not saved</source>
        <translation>Mémoire uniquement : les clés ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>&amp;Network Log</source>
        <translation>&amp;Journal réseau</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>An account needs a name, so it is still called “%1”.</source>
        <translation>Un compte a besoin d&apos;un nom, il s&apos;appelle donc toujours « %1 ».</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>The profile of “%1” has changes that are not saved.</source>
        <translation>Le profil de « %1 » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>&amp;Quit Without Saving</source>
        <translation>&amp;Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>To keep them, choose Cancel, then Save (Ctrl+S).</source>
        <translation>Pour les garder, choisissez Annuler, puis Enregistrer (Ctrl+S).</translation>
    </message>
    <message>
        <source>Quit Without Saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>The findings of every account and of this computer (Ctrl+0)</source>
        <translation>Les constats de chaque compte et de cet ordinateur (Ctrl+0)</translation>
    </message>
    <message>
        <source>Security overview</source>
        <translation>Vue d’ensemble de la sécurité</translation>
    </message>
    <message>
        <source>Security &amp;Overview</source>
        <translation>&amp;Vue d’ensemble de la sécurité</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Refreshing %1…</source>
        <translation>Actualisation de %1…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n new security finding(s) since the overview was last shown.</source>
        <translation>
            <numerusform>%n nouveau constat de sécurité depuis le dernier affichage de la vue d’ensemble.</numerusform>
            <numerusform>%n nouveaux constats de sécurité depuis le dernier affichage de la vue d’ensemble.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Network Log</source>
        <translation>Journal réseau</translation>
    </message>
    <message>
        <source>Every request Keydeck sent in this run, with what the server answered. Keys, codes and variable values are replaced by [redacted]. Nothing here is written to disk unless you save it.</source>
        <translation>Chaque requête envoyée par Keydeck pendant cette session, avec la réponse du serveur. Les clés, les codes et les valeurs des variables sont remplacés par [redacted]. Rien n&apos;est écrit sur le disque sauf si vous l&apos;enregistrez.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Requête et réponse</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(aucun compte)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No request has been sent yet in this run.</source>
        <translation>Aucune requête n&apos;a encore été envoyée pendant cette session.</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives : %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(aucun contenu)</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Save Network Log</source>
        <translation>Enregistrer le journal réseau</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The network log could not be saved to %1: %2</source>
        <translation>Le journal réseau n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Your New API Key</source>
        <translation>Votre nouvelle clé API</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Copier la nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Use This Key in Keydeck</source>
        <translation>&amp;Utiliser cette clé dans Keydeck</translation>
    </message>
    <message>
        <source>I Have Saved the Key, C&amp;lose</source>
        <translation>J’ai enregistré la clé, &amp;fermer</translation>
    </message>
    <message>
        <source>This is the only time the server shows this key. Copy it into your application or password manager now; Keydeck does not keep it unless you choose to use it here.</source>
        <translation>C’est la seule fois que le serveur affiche cette clé. Copiez-la maintenant dans votre application ou votre gestionnaire de mots de passe&#xa0;; Keydeck ne la conserve que si vous choisissez de l’utiliser ici.</translation>
    </message>
    <message>
        <source>Your old key stopped working. Keydeck uses this new key from now on. Copy it now if other applications need it: the server will not show it again.</source>
        <translation>Votre ancienne clé a cessé de fonctionner. Keydeck utilise désormais cette nouvelle clé. Copiez-la maintenant si d’autres applications en ont besoin&#xa0;: le serveur ne l’affichera plus.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Vérification de la clé…</translation>
    </message>
    <message>
        <source>Keydeck Uses This Key</source>
        <translation>Keydeck utilise cette clé</translation>
    </message>
    <message>
        <source>This is the new value of the key the server reset, most likely the account&apos;s main key. Keydeck keeps using its own key. Copy this one now for the applications that used the old one: the server will not show it again.</source>
        <translation>Voici la nouvelle valeur de la clé que le serveur a réinitialisée, très probablement la clé principale du compte. Keydeck continue d&apos;utiliser sa propre clé. Copiez celle-ci maintenant pour les applications qui utilisaient l&apos;ancienne : le serveur ne la montrera plus.</translation>
    </message>
    <message>
        <source>You have not copied this key, and Keydeck has not stored it. The server shows it only once: after you close this window, nobody can see it again.</source>
        <translation>Vous n&apos;avez pas copié cette clé, et Keydeck ne l&apos;a pas enregistrée. Le serveur ne la montre qu&apos;une fois : après la fermeture de cette fenêtre, personne ne pourra plus la voir.</translation>
    </message>
    <message>
        <source>&amp;Close Without Saving</source>
        <translation>&amp;Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Close Without Saving the Key</source>
        <translation>Fermer sans enregistrer la clé</translation>
    </message>
</context>
<context>
    <name>NewTwoFactorMethodDialog</name>
    <message>
        <source>Set Up an Authenticator App</source>
        <translation>Configurer une application d’authentification</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Code QR pour votre application d’authentification</translation>
    </message>
    <message>
        <source>Key to type in:</source>
        <translation>Clé à saisir&#xa0;:</translation>
    </message>
    <message>
        <source>Key to type into your authenticator app</source>
        <translation>Clé à saisir dans votre application d’authentification</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Numéro de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>+12345678901</source>
        <translation>+33612345678</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Send Code</source>
        <translation>&amp;Envoyer le code</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Li&amp;bellé&#xa0;:</translation>
    </message>
    <message>
        <source>Label of the new method</source>
        <translation>Libellé de la nouvelle méthode</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Code from the new method</source>
        <translation>Code de la nouvelle méthode</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Add a Phone for Text Messages</source>
        <translation>Ajouter un téléphone pour les SMS</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code, send a code to it, and enter the code you receive.</source>
        <translation>Saisissez le numéro de téléphone avec son indicatif de pays, envoyez-y un code, puis saisissez le code reçu.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Scan the QR code with your authenticator app, or type the key in by hand. Then enter the 6-digit code the app shows.</source>
        <translation>Scannez le code QR avec votre application d’authentification, ou saisissez la clé à la main. Saisissez ensuite le code à 6 chiffres affiché par l’application.</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Application d’authentification</translation>
    </message>
    <message>
        <source>The authenticator could not be set up: %1</source>
        <translation>L’application d’authentification n’a pas pu être configurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The code could not be sent: %1</source>
        <translation>Le code n’a pas pu être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Send Another Code</source>
        <translation>&amp;Envoyer un autre code</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the code the new method shows now.</source>
        <translation>Le code n’a pas été accepté. Saisissez le code que la nouvelle méthode affiche maintenant.</translation>
    </message>
</context>
<context>
    <name>OnboardingController</name>
    <message>
        <source>Go back and check that you pasted the whole key, or create a new key on the provider&apos;s page.</source>
        <translation>Revenez en arrière et vérifiez que vous avez collé la clé entière, ou créez une nouvelle clé sur la page du fournisseur.</translation>
    </message>
    <message>
        <source>Enter the six-digit code below.</source>
        <translation>Saisissez le code à six chiffres ci-dessous.</translation>
    </message>
    <message>
        <source>Go back and use a key that may read your account.</source>
        <translation>Revenez en arrière et utilisez une clé autorisée à lire votre compte.</translation>
    </message>
    <message>
        <source>Go back and check that you chose the right provider for this key.</source>
        <translation>Revenez en arrière et vérifiez que vous avez choisi le bon fournisseur pour cette clé.</translation>
    </message>
    <message>
        <source>Press Retry to check again.</source>
        <translation>Cliquez sur «&#xa0;Réessayer&#xa0;» pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>%1 %2 Nothing was saved.</source>
        <translation>%1 %2 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Vérification de la clé</translation>
    </message>
    <message>
        <source>A quick call to the provider shows whether the key works.</source>
        <translation>Un appel rapide au fournisseur indique si la clé fonctionne.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>The key works. Keydeck can now manage your %1 account.</source>
        <translation>La clé fonctionne. Keydeck peut désormais gérer votre compte %1.</translation>
    </message>
    <message>
        <source>Starting the demo</source>
        <translation>Démarrage de la démo</translation>
    </message>
    <message>
        <source>Keydeck starts a practice server on this computer; nothing goes to the internet.</source>
        <translation>Keydeck démarre un serveur d’entraînement sur cet ordinateur&#xa0;; rien ne part sur Internet.</translation>
    </message>
    <message>
        <source>Starting the local demo server…</source>
        <translation>Démarrage du serveur de démo local…</translation>
    </message>
    <message>
        <source>The demo could not start. %1</source>
        <translation>La démo n’a pas pu démarrer. %1</translation>
    </message>
    <message>
        <source>The demo could not start. Keydeck could not add the demo account.</source>
        <translation>La démo n’a pas pu démarrer. Keydeck n’a pas pu ajouter le compte de démo.</translation>
    </message>
    <message>
        <source>Connecting to the demo server…</source>
        <translation>Connexion au serveur de démo…</translation>
    </message>
    <message>
        <source>The local demo is running. Its %1 account is ready for you to try; nothing you do there reaches a real account.</source>
        <translation>La démo locale est en cours d’exécution. Son compte %1 est prêt à être essayé&#xa0;; rien de ce que vous y faites n’atteint un vrai compte.</translation>
    </message>
    <message>
        <source>Signing in with the code…</source>
        <translation>Connexion avec le code…</translation>
    </message>
    <message>
        <source>The code was not accepted. %1</source>
        <translation>Le code n’a pas été accepté. %1</translation>
    </message>
    <message>
        <source>Keydeck could not add the account.</source>
        <translation>Keydeck n’a pas pu ajouter le compte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is ready. It runs on this computer only, and the window is marked “Demo” so it is never mistaken for a real account.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est prêt. Il fonctionne uniquement sur cet ordinateur, et la fenêtre porte la mention «&#xa0;Démo&#xa0;» pour qu’il ne soit jamais confondu avec un vrai compte.</translation>
    </message>
    <message>
        <source>The demo data was reset because its key was no longer stored.</source>
        <translation>Les données de démo ont été réinitialisées, car leur clé n’était plus enregistrée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is saved. Its key is in your system keychain.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est enregistré. Sa clé se trouve dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>No SSH key was added; you can add one on the SSH Keys tab at any time.</source>
        <translation>Aucune clé SSH n’a été ajoutée&#xa0;; vous pouvez en ajouter une à tout moment dans l’onglet Clés SSH.</translation>
    </message>
    <message>
        <source>&lt;b&gt;API Keys&lt;/b&gt;: create keys for scripts and tools, each with only the permissions it needs.</source>
        <translation>&lt;b&gt;Clés API&lt;/b&gt;&#xa0;: créez des clés pour vos scripts et outils, chacune avec uniquement les autorisations dont elle a besoin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;API Keys&lt;/b&gt;: see and test the stored key, note its expiry, and open the dashboard to make new ones.</source>
        <translation>&lt;b&gt;Clés API&lt;/b&gt;&#xa0;: consultez et testez la clé enregistrée, notez sa date d’expiration et ouvrez le tableau de bord pour en créer de nouvelles.</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Et maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile&lt;/b&gt;: check your balance and account details.</source>
        <translation>&lt;b&gt;Profil&lt;/b&gt;&#xa0;: consultez votre solde et les détails de votre compte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;SSH Keys&lt;/b&gt;: add, copy or generate keys (Ctrl+N).</source>
        <translation>&lt;b&gt;Clés SSH&lt;/b&gt;&#xa0;: ajoutez, copiez ou générez des clés (Ctrl+N).</translation>
    </message>
    <message>
        <source>Deleted %1. The key is kept in your system keychain.</source>
        <translation>%1 supprimé. La clé reste dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>You can continue for this run only: the demo key is then kept in memory and the demo data starts afresh next time.</source>
        <translation>Vous pouvez continuer pour cette exécution uniquement : la clé de démo est alors conservée en mémoire et les données de démo repartent de zéro la prochaine fois.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is set up for this run. Its key is kept in memory and forgotten when Keydeck quits.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est configuré jusqu’à la fermeture de Keydeck. Sa clé est conservée en mémoire et oubliée à la fermeture de Keydeck.</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Set Up Keydeck</source>
        <translation>Configurer Keydeck</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
</context>
<context>
    <name>OpenAccount</name>
    <message>
        <source>No API key is stored for “%1”. Enter the key again to use this account.</source>
        <translation>Aucune clé API n’est enregistrée pour «&#xa0;%1&#xa0;». Saisissez à nouveau la clé pour utiliser ce compte.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>No passphrase: anyone who gets a copy of the private key file can use it.</source>
        <translation>Pas de phrase secrète&#xa0;: toute personne qui obtient une copie du fichier de clé privée peut l’utiliser.</translation>
    </message>
    <message>
        <source>Weak passphrase: a fast offline attack would need %1 to guess it. Use several unrelated words.</source>
        <translation>Phrase secrète faible&#xa0;: une attaque hors ligne rapide mettrait %1 à la deviner. Utilisez plusieurs mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Fair passphrase: a fast offline attack would need %1 to guess it. Another word would make it strong.</source>
        <translation>Phrase secrète moyenne&#xa0;: une attaque hors ligne rapide mettrait %1 à la deviner. Un mot de plus la rendrait robuste.</translation>
    </message>
    <message>
        <source>Strong passphrase: a fast offline attack would need %1 to guess it.</source>
        <translation>Phrase secrète robuste&#xa0;: une attaque hors ligne rapide mettrait %1 à la deviner.</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>moins d’une seconde</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>environ %n seconde</numerusform>
            <numerusform>environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>environ %n jour</numerusform>
            <numerusform>environ %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>environ %n mois</numerusform>
            <numerusform>environ %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>environ %n an</numerusform>
            <numerusform>environ %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>more than a thousand years</source>
        <translation>plus de mille ans</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload the profile from the server (F5)</source>
        <translation>Recharger le profil depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Personal Details</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Email address (read-only)</source>
        <translation>Adresse e-mail (lecture seule)</translation>
    </message>
    <message>
        <source>The email address is changed with your identity provider, not here.</source>
        <translation>L’adresse e-mail se modifie auprès de votre fournisseur d’identité, pas ici.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Crédit&#xa0;:</translation>
    </message>
    <message>
        <source>Two-factor authentication:</source>
        <translation>Authentification à deux facteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;Out of Two-Factor Session</source>
        <translation>Se déconnecter de la session à deu&amp;x facteurs</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Spheron AI has no API for your profile: your name and company are edited on the web console, and your email address with your sign-in provider (GitHub or Google).</source>
        <translation>Spheron AI ne propose pas d’API pour votre profil&#xa0;: votre nom et votre société se modifient dans la console web, et votre adresse e-mail auprès de votre fournisseur de connexion (GitHub ou Google).</translation>
    </message>
    <message>
        <source>Edit Profile on the &amp;Web Console</source>
        <translation>Modifier le profil dans la console &amp;web</translation>
    </message>
    <message>
        <source>Teams and Balances</source>
        <translation>Équipes et soldes</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Web Console</source>
        <translation>Console web</translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation>Non indiqué par le serveur</translation>
    </message>
    <message>
        <source>Working in team %1.</source>
        <translation>Vous travaillez dans l’équipe %1.</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Chargement de votre profil…</translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation>Chargement de vos équipes…</translation>
    </message>
    <message>
        <source>Could not load the profile.</source>
        <translation>Impossible de charger le profil.</translation>
    </message>
    <message>
        <source>Could not load the teams.</source>
        <translation>Impossible de charger les équipes.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Profile loaded.</source>
        <translation>Profil chargé.</translation>
    </message>
    <message>
        <source>Unnamed team</source>
        <translation>Équipe sans nom</translation>
    </message>
    <message>
        <source>Current team</source>
        <translation>Équipe actuelle</translation>
    </message>
    <message>
        <source>The server did not say which team is current on the web console.</source>
        <translation>Le serveur n’a pas indiqué quelle équipe est active dans la console web.</translation>
    </message>
    <message>
        <source>%1 is the current team on the web console. Keydeck works in the team chosen above.</source>
        <translation>%1 est l’équipe active dans la console web. Keydeck travaille dans l’équipe choisie ci-dessus.</translation>
    </message>
    <message>
        <source>No teams</source>
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>This API key does not belong to any team.</source>
        <translation>Cette clé API n’appartient à aucune équipe.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n team(s).</source>
        <translation>
            <numerusform>%n équipe chargée.</numerusform>
            <numerusform>%n équipes chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username cannot be empty.</source>
        <translation>Le nom d’utilisateur ne peut pas être vide.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>On (legacy method)</source>
        <translation>Activée (ancienne méthode)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>%1. Keydeck is signed in with a two-factor session.</source>
        <translation>%1. Keydeck est connecté avec une session à deux facteurs.</translation>
    </message>
    <message>
        <source>Your changes were not saved. %1</source>
        <translation>Vos modifications n’ont pas été enregistrées. %1</translation>
    </message>
    <message>
        <source>Could not save the profile.</source>
        <translation>Impossible d’enregistrer le profil.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>%1 ouvert dans votre navigateur.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>A&amp;nnuler les modifications</translation>
    </message>
    <message>
        <source>Save &amp;Changes</source>
        <translation>En&amp;registrer les modifications</translation>
    </message>
    <message>
        <source>A username cannot contain spaces.</source>
        <translation>Un nom d’utilisateur ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>A username cannot contain “%1”. Use letters, digits and . _ - @ +.</source>
        <translation>Un nom d’utilisateur ne peut pas contenir «&#xa0;%1&#xa0;». Utilisez des lettres, des chiffres et . _ - @ +.</translation>
    </message>
    <message>
        <source>Number of teams</source>
        <translation>Nombre d’équipes</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be refreshed: %1 It shows what was loaded before.</source>
        <translation>Le profil n’a pas pu être actualisé&#xa0;: %1 Les données affichées sont celles chargées précédemment.</translation>
    </message>
    <message>
        <source>The teams could not be refreshed: %1 They show what was loaded before.</source>
        <translation>Les équipes n’ont pas pu être actualisées&#xa0;: %1 Les données affichées sont celles chargées précédemment.</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose a provider</source>
        <translation>Choisissez un fournisseur</translation>
    </message>
    <message>
        <source>Which GPU cloud do you want to manage?</source>
        <translation>Quel cloud GPU voulez-vous gérer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Vast.ai</source>
        <translation>&amp;Vast.ai</translation>
    </message>
    <message>
        <source>Connect a Vast.ai account with its API key.</source>
        <translation>Connecter un compte Vast.ai avec sa clé API.</translation>
    </message>
    <message>
        <source>Profile, SSH keys, API keys, environment variables and login sessions.</source>
        <translation>Profil, clés SSH, clés API, variables d’environnement et sessions de connexion.</translation>
    </message>
    <message>
        <source>&amp;Spheron AI</source>
        <translation>Sp&amp;heron AI</translation>
    </message>
    <message>
        <source>Connect a Spheron AI account with its API key.</source>
        <translation>Connecter un compte Spheron AI avec sa clé API.</translation>
    </message>
    <message>
        <source>Teams and balance, SSH keys, and your stored API key.</source>
        <translation>Équipes et solde, clés SSH et votre clé API enregistrée.</translation>
    </message>
    <message>
        <source>Try the local &amp;demo</source>
        <translation>Essayer la &amp;démo locale</translation>
    </message>
    <message>
        <source>Practice with a local demo server; no account needed.</source>
        <translation>Entraînez-vous avec un serveur de démo local&#xa0;; aucun compte nécessaire.</translation>
    </message>
    <message>
        <source>No account needed: Keydeck runs a practice server on this computer. Its data is kept for your next visit.</source>
        <translation>Aucun compte nécessaire&#xa0;: Keydeck exécute un serveur d’entraînement sur cet ordinateur. Ses données sont conservées pour votre prochaine visite.</translation>
    </message>
    <message>
        <source>Demo provider</source>
        <translation>Fournisseur de démo</translation>
    </message>
    <message>
        <source>The demo behaves &amp;like:</source>
        <translation>La démo se comporte &amp;comme&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>Paste a public key: one line that starts with its type, such as ssh-ed25519.</source>
        <translation>Collez une clé publique&#xa0;: une ligne qui commence par son type, tel que ssh-ed25519.</translation>
    </message>
    <message>
        <source>The text has several lines. Paste exactly one public key, on a single line.</source>
        <translation>Le texte comporte plusieurs lignes. Collez exactement une clé publique, sur une seule ligne.</translation>
    </message>
    <message>
        <source>This is a private key. Never share or upload it: paste the public key instead, the one line in the matching .pub file.</source>
        <translation>Ceci est une clé privée. Ne la partagez ni ne l’envoyez jamais&#xa0;: collez plutôt la clé publique, la ligne unique du fichier .pub correspondant.</translation>
    </message>
    <message>
        <source>This line starts with authorized_keys options. Remove everything in front of the key type (such as ssh-ed25519) and paste the key alone.</source>
        <translation>Cette ligne commence par des options authorized_keys. Supprimez tout ce qui précède le type de clé (tel que ssh-ed25519) et collez la clé seule.</translation>
    </message>
    <message>
        <source>“%1” is not a supported SSH key type. Use an Ed25519, ECDSA or RSA public key.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de clé SSH pris en charge. Utilisez une clé publique Ed25519, ECDSA ou RSA.</translation>
    </message>
    <message>
        <source>DSA keys (ssh-dss) are insecure and refused by current OpenSSH servers. Create an Ed25519 key instead.</source>
        <translation>Les clés DSA (ssh-dss) ne sont pas sûres et sont refusées par les serveurs OpenSSH actuels. Créez plutôt une clé Ed25519.</translation>
    </message>
    <message>
        <source>The key data is missing or damaged. Copy the whole line from the .pub file again.</source>
        <translation>Les données de la clé sont absentes ou endommagées. Copiez à nouveau la ligne entière du fichier .pub.</translation>
    </message>
    <message>
        <source>The key data holds a %1 key, which does not match the type written in front of it.</source>
        <translation>Les données de la clé contiennent une clé %1, qui ne correspond pas au type indiqué devant.</translation>
    </message>
    <message>
        <source>The key data has extra bytes after the key. Copy the line from the .pub file again.</source>
        <translation>Les données de la clé contiennent des octets en trop après la clé. Copiez à nouveau la ligne du fichier .pub.</translation>
    </message>
    <message>
        <source>“%1” looks like the path of a file, not a key. Paste the content of the .pub file instead.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble au chemin d’un fichier, pas à une clé. Collez plutôt le contenu du fichier .pub.</translation>
    </message>
    <message>
        <source>The text is far too long to be an SSH public key.</source>
        <translation>Le texte est bien trop long pour être une clé publique SSH.</translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; 3072 bits or an Ed25519 key is recommended.</source>
        <translation>Cette clé RSA n’a que %1 bits&#xa0;; 3072 bits ou une clé Ed25519 sont recommandés.</translation>
    </message>
    <message>
        <source>Keydeck cannot check SSH keys because its SSH library (libssh) could not be loaded. Reinstall Keydeck.</source>
        <translation>Keydeck ne peut pas vérifier les clés SSH, car sa bibliothèque SSH (libssh) n’a pas pu être chargée. Réinstallez Keydeck.</translation>
    </message>
</context>
<context>
    <name>QuickReferenceCard</name>
    <message>
        <source>Quick Reference</source>
        <translation>Aide-mémoire</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Copier l’URL de base</translation>
    </message>
    <message>
        <source>Auth header</source>
        <translation>En-tête d’authentification</translation>
    </message>
    <message>
        <source>Copy the auth header</source>
        <translation>Copier l’en-tête d’authentification</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Copy the content type</source>
        <translation>Copier le type de contenu</translation>
    </message>
    <message>
        <source>curl example</source>
        <translation>Exemple curl</translation>
    </message>
    <message>
        <source>Copy the curl example</source>
        <translation>Copier l’exemple curl</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>auth header</source>
        <translation>en-tête d’authentification</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>type de contenu</translation>
    </message>
    <message>
        <source>Set the key first, without it reaching your shell history: read -rs %1 &amp;&amp; export %1</source>
        <translation>Définissez d’abord la clé, sans qu’elle n’arrive dans l’historique de votre shell&#xa0;: read -rs %1 &amp;&amp; export %1</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>Copié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Au&amp;th header:</source>
        <translation>En-&amp;tête d’authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Content-Type:</source>
        <translation>Content-Type&#xa0;:</translation>
    </message>
    <message>
        <source>curl example:</source>
        <translation>Exemple curl&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecentActivityView</name>
    <message>
        <source>Recent Activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>Security events of the last 30 days from the accounts&apos; audit logs. Those Keydeck did not make are marked and listed above as findings.</source>
        <translation>Événements de sécurité des 30 derniers jours, issus des journaux d’audit des comptes. Ceux que Keydeck n’a pas effectués sont signalés et figurent plus haut parmi les constats.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>%1
Made by Keydeck.</source>
        <translation>%1
Action de Keydeck.</translation>
    </message>
    <message>
        <source>%1
Not made by Keydeck.</source>
        <translation>%1
Action extérieure à Keydeck.</translation>
    </message>
    <message>
        <source>%1, not made by Keydeck</source>
        <translation>%1, action extérieure à Keydeck</translation>
    </message>
</context>
<context>
    <name>RemoveEverywhereDialog</name>
    <message>
        <source>Remove a Key Everywhere</source>
        <translation>Supprimer une clé partout</translation>
    </message>
    <message>
        <source>For a lost or compromised device: choose its key, and Keydeck looks for it in every account and team. Nothing is removed before you confirm.</source>
        <translation>Pour un appareil perdu ou compromis&#xa0;: choisissez sa clé, et Keydeck la recherche dans chaque compte et chaque équipe. Rien n’est supprimé avant votre confirmation.</translation>
    </message>
    <message>
        <source>A key on this com&amp;puter:</source>
        <translation>Une clé sur cet &amp;ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Clé sur cet ordinateur</translation>
    </message>
    <message>
        <source>A registered &amp;fingerprint:</source>
        <translation>Une &amp;empreinte enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Registered fingerprint</source>
        <translation>Empreinte enregistrée</translation>
    </message>
    <message>
        <source>SHA256:…</source>
        <translation>SHA256:…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Look for the key in every account and team</source>
        <translation>Rechercher la clé dans chaque compte et chaque équipe</translation>
    </message>
    <message>
        <source>Where the key is registered</source>
        <translation>Où la clé est enregistrée</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Remove Everywhere…</source>
        <translation>&amp;Supprimer partout…</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Réessayer les é&amp;checs</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>No public keys in ~/.ssh</source>
        <translation>Aucune clé publique dans ~/.ssh</translation>
    </message>
    <message>
        <source>This is an MD5 fingerprint. Keydeck compares SHA256 fingerprints: enter the one that starts with “SHA256:”, as the SSH Keys tab and ssh-keygen -l show it.</source>
        <translation>Ceci est une empreinte MD5. Keydeck compare des empreintes SHA256&#xa0;: saisissez celle qui commence par «&#xa0;SHA256:&#xa0;», telle que l’affichent l’onglet Clés SSH et ssh-keygen -l.</translation>
    </message>
    <message>
        <source>This is not a SHA256 fingerprint. It starts with “SHA256:” followed by 43 letters, digits, “+” or “/”, as the SSH Keys tab and ssh-keygen -l show it.</source>
        <translation>Ceci n’est pas une empreinte SHA256. Une telle empreinte commence par «&#xa0;SHA256:&#xa0;», suivi de 43 lettres, chiffres, «&#xa0;+&#xa0;» ou «&#xa0;/&#xa0;», comme l’affichent l’onglet Clés SSH et ssh-keygen -l.</translation>
    </message>
    <message numerus="yes">
        <source>Looking in %n account(s)…</source>
        <translation>
            <numerusform>Recherche dans %n compte…</numerusform>
            <numerusform>Recherche dans %n comptes…</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>The key is not registered in any account.</source>
        <translation>La clé n’est enregistrée dans aucun compte.</translation>
    </message>
    <message>
        <source>The key is not registered in any list Keydeck could read.</source>
        <translation>La clé n’est enregistrée dans aucune liste que Keydeck a pu lire.</translation>
    </message>
    <message numerus="yes">
        <source>The key is registered in %n place(s).</source>
        <translation>
            <numerusform>La clé est enregistrée à %n emplacement.</numerusform>
            <numerusform>La clé est enregistrée à %n emplacements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered key(s) could not be compared: their text is missing or unreadable.</source>
        <translation>
            <numerusform>%n clé enregistrée n’a pas pu être comparée&#xa0;: son texte est manquant ou illisible.</numerusform>
            <numerusform>%n clés enregistrées n’ont pas pu être comparées&#xa0;: leur texte est manquant ou illisible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the key %1 from %n place(s)?</source>
        <translation>
            <numerusform>Supprimer la clé %1 de %n emplacement&#xa0;?</numerusform>
            <numerusform>Supprimer la clé %1 de %n emplacements&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines created from now on will not accept it; machines already running may still accept it until they are recreated.</source>
        <translation>Les machines créées à partir de maintenant ne l’accepteront pas&#xa0;; celles qui tournent déjà peuvent encore l’accepter jusqu’à ce qu’elles soient recréées.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Removing the key from %n place(s)…</source>
        <translation>
            <numerusform>Suppression de la clé de %n emplacement…</numerusform>
            <numerusform>Suppression de la clé de %n emplacements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %n place(s) again…</source>
        <translation>
            <numerusform>Nouvelle tentative pour %n emplacement…</numerusform>
            <numerusform>Nouvelle tentative pour %n emplacements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is gone from %n place(s).</source>
        <translation>
            <numerusform>La clé n’est plus présente à %n emplacement.</numerusform>
            <numerusform>La clé n’est plus présente à %n emplacements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) may still have it: Retry tries them again.</source>
        <translation>
            <numerusform>La clé est peut-être encore présente à %n emplacement&#xa0;: «&#xa0;Réessayer les échecs&#xa0;» retente la suppression.</numerusform>
            <numerusform>La clé est peut-être encore présente à %n emplacements&#xa0;: «&#xa0;Réessayer les échecs&#xa0;» retente la suppression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keydeck is still removing the key. The window can be closed once every account has answered.</source>
        <translation>Keydeck est encore en train de supprimer la clé. La fenêtre pourra être fermée dès que chaque compte aura répondu.</translation>
    </message>
</context>
<context>
    <name>RotationAssistantDialog</name>
    <message>
        <source>Rotate the API Key</source>
        <translation>Rotation de la clé API</translation>
    </message>
    <message>
        <source>&amp;Create the New Key</source>
        <translation>&amp;Créer la nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Open the Console</source>
        <translation>&amp;Ouvrir la console</translation>
    </message>
    <message>
        <source>&amp;Paste the New Key…</source>
        <translation>Co&amp;ller la nouvelle clé…</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Copier la nouvelle clé</translation>
    </message>
    <message>
        <source>Shell example</source>
        <translation>Exemple shell</translation>
    </message>
    <message>
        <source>&amp;Use the New Key in Keydeck</source>
        <translation>&amp;Utiliser la nouvelle clé dans Keydeck</translation>
    </message>
    <message>
        <source>&amp;Test Keydeck&apos;s Key</source>
        <translation>&amp;Tester la clé de Keydeck</translation>
    </message>
    <message>
        <source>&amp;Revoke the Old Key…</source>
        <translation>&amp;Révoquer l’ancienne clé…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation>collez la nouvelle clé ici</translation>
    </message>
    <message>
        <source>Keydeck creates a second key with the same permissions as the old one. The old key keeps working until the last step, so nothing breaks while you update your applications.</source>
        <translation>Keydeck crée une deuxième clé avec les mêmes autorisations que l’ancienne. L’ancienne clé continue de fonctionner jusqu’à la dernière étape, pour que rien ne s’interrompe pendant que vous mettez à jour vos applications.</translation>
    </message>
    <message>
        <source>Rotated %1</source>
        <translation>Rotation du %1</translation>
    </message>
    <message>
        <source>Put the new key into every application and environment that used the old one, for example in the %1 environment variable. The server shows this key only now.</source>
        <translation>Placez la nouvelle clé dans chaque application et environnement qui utilisait l’ancienne, par exemple dans la variable d’environnement %1. Le serveur n’affiche cette clé que maintenant.</translation>
    </message>
    <message>
        <source>Delete the old key once everything works with the new one. Keydeck does not know which key is the old one: close this assistant and delete it in the list.</source>
        <translation>Supprimez l’ancienne clé une fois que tout fonctionne avec la nouvelle. Keydeck ne sait pas quelle clé est l’ancienne&#xa0;: fermez cet assistant et supprimez-la dans la liste.</translation>
    </message>
    <message>
        <source>Delete the old key (ID %1) once everything works with the new one. Anything still using it stops working at once.</source>
        <translation>Supprimez l’ancienne clé (ID %1) une fois que tout fonctionne avec la nouvelle. Tout ce qui l’utilise encore cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Delete the Old Key…</source>
        <translation>Supprimer l’&amp;ancienne clé…</translation>
    </message>
    <message>
        <source>Generate a new key in the %1 console (Settings, API tab), then paste it here. Keydeck checks it and stores it in place of the old one.</source>
        <translation>Générez une nouvelle clé dans la console %1 (Settings, onglet API), puis collez-la ici. Keydeck la vérifie et l’enregistre à la place de l’ancienne.</translation>
    </message>
    <message>
        <source>&amp;Copy the New Key</source>
        <translation>Co&amp;pier la nouvelle clé</translation>
    </message>
    <message>
        <source>Keydeck already uses the new key. Put it into every application and environment that used the old one, for example in the %1 environment variable.</source>
        <translation>Keydeck utilise déjà la nouvelle clé. Placez-la dans chaque application et environnement qui utilisait l’ancienne, par exemple dans la variable d’environnement %1.</translation>
    </message>
    <message>
        <source>Revoke the old key in the %1 console once everything works with the new one. Anything still using it stops working at once.</source>
        <translation>Révoquez l’ancienne clé dans la console %1 une fois que tout fonctionne avec la nouvelle. Tout ce qui l’utilise encore cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Open the Console to Revoke the Old Key</source>
        <translation>&amp;Ouvrir la console pour révoquer l’ancienne clé</translation>
    </message>
    <message>
        <source>Test your applications with the new key. Keydeck tests its own key with a live call to %1.</source>
        <translation>Testez vos applications avec la nouvelle clé. Keydeck teste sa propre clé par un appel réel à %1.</translation>
    </message>
    <message>
        <source>Step 1 of 4: generate a new key</source>
        <translation>Étape 1 sur 4&#xa0;: générer une nouvelle clé</translation>
    </message>
    <message>
        <source>Step 2 of 4: update your applications</source>
        <translation>Étape 2 sur 4&#xa0;: mettre à jour vos applications</translation>
    </message>
    <message>
        <source>Step 3 of 4: test</source>
        <translation>Étape 3 sur 4&#xa0;: tester</translation>
    </message>
    <message>
        <source>Step 4 of 4: revoke the old key</source>
        <translation>Étape 4 sur 4&#xa0;: révoquer l’ancienne clé</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Création de la nouvelle clé…</translation>
    </message>
    <message>
        <source>The key was not created. %1</source>
        <translation>La clé n’a pas été créée. %1</translation>
    </message>
    <message>
        <source>The new key (ID %1) was created. Continue with the next step.</source>
        <translation>La nouvelle clé (ID %1) a été créée. Passez à l’étape suivante.</translation>
    </message>
    <message>
        <source>Keydeck checked the new key, stored it and uses it now.</source>
        <translation>Keydeck a vérifié la nouvelle clé, l’a enregistrée et l’utilise désormais.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared automatically.</source>
        <translation>Copiée. Le presse-papiers est vidé automatiquement.</translation>
    </message>
    <message>
        <source>No key is stored.</source>
        <translation>Aucune clé n’est enregistrée.</translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation>Vérification de la nouvelle clé…</translation>
    </message>
    <message>
        <source>Keydeck stored the new key and uses it now.</source>
        <translation>Keydeck a enregistré la nouvelle clé et l’utilise désormais.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test…</translation>
    </message>
    <message>
        <source>The key works: %1 accepted it.</source>
        <translation>La clé fonctionne&#xa0;: %1 l’a acceptée.</translation>
    </message>
    <message>
        <source>The test failed. %1</source>
        <translation>Le test a échoué. %1</translation>
    </message>
    <message>
        <source>Delete the old API key (ID %1)? Anything still using it stops working at once.</source>
        <translation>Supprimer l’ancienne clé API (ID %1)&#xa0;? Tout ce qui l’utilise encore cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>Keydeck still uses the old key (ID %1). Deleting it locks Keydeck out of this account until you enter another key. Delete it anyway?</source>
        <translation>Keydeck utilise encore l’ancienne clé (ID %1). La supprimer empêche Keydeck d’accéder à ce compte jusqu’à ce que vous saisissiez une autre clé. La supprimer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the Old Key</source>
        <translation>Supprimer l’ancienne clé</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>The old key was deleted. The rotation is complete.</source>
        <translation>L’ancienne clé a été supprimée. La rotation est terminée.</translation>
    </message>
    <message>
        <source>The old key was not deleted. %1</source>
        <translation>L’ancienne clé n’a pas été supprimée. %1</translation>
    </message>
    <message>
        <source>%1 Revoke the old key there.</source>
        <translation>%1 Révoquez-y l&apos;ancienne clé.</translation>
    </message>
    <message>
        <source>Name of the new &amp;key:</source>
        <translation>&amp;Nom de la nouvelle clé&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <source>Choose a name for the account; its key goes to a safe place.</source>
        <translation>Choisissez un nom pour le compte&#xa0;; sa clé est placée en lieu sûr.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <source>The key will be stored in your system keychain, protected by your login. Keydeck never writes it to a file.</source>
        <translation>La clé sera enregistrée dans le trousseau de votre système, protégé par votre session. Keydeck ne l’écrit jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The account was not saved. %1</source>
        <translation>Le compte n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>&amp;Keep the key in memory only</source>
        <translation>&amp;Conserver la clé en mémoire uniquement</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SecretClipboard</name>
    <message numerus="yes">
        <source>Clearing the clipboard in %n second(s)…</source>
        <translation>
            <numerusform>Le presse-papiers sera vidé dans %n seconde…</numerusform>
            <numerusform>Le presse-papiers sera vidé dans %n secondes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No key is stored in the system keychain for this account.</source>
        <translation>Aucune clé n’est enregistrée dans le trousseau du système pour ce compte.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by logging in again) and try again.</source>
        <translation>Le trousseau du système est verrouillé. Déverrouillez-le (par exemple en vous reconnectant) et réessayez.</translation>
    </message>
    <message>
        <source>Keydeck was denied access to the system keychain.</source>
        <translation>Keydeck s’est vu refuser l’accès au trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available, so Keydeck cannot store keys permanently on this computer.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;; Keydeck ne peut donc pas enregistrer durablement de clés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it; try again.</source>
        <translation>Le trousseau du système n’a pas répondu à temps. Il attend peut-être que vous le déverrouilliez&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Le trousseau du système a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>SecretsService</name>
    <message>
        <source>%1 Keydeck never stores keys in a plain file. You can continue in memory-only mode: the key is kept in memory until you quit Keydeck, and you will have to enter it again next time.</source>
        <translation>%1 Keydeck n’enregistre jamais de clés dans un simple fichier. Vous pouvez continuer en mode mémoire uniquement : la clé est conservée en mémoire jusqu’à la fermeture de Keydeck, et vous devrez la saisir de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Memory only: keys are kept in memory and forgotten when Keydeck quits.</source>
        <translation>Mémoire uniquement : les clés sont conservées en mémoire et oubliées à la fermeture de Keydeck.</translation>
    </message>
</context>
<context>
    <name>Security::PlaintextImport</name>
    <message>
        <source>Line %1 of %2 no longer sets %3 to a key: there is nothing to import.</source>
        <translation>La ligne %1 de %2 n’attribue plus de clé à %3&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>%1 no longer holds a key.</source>
        <translation>%1 ne contient plus de clé.</translation>
    </message>
    <message>
        <source>Keydeck keeps keys in memory only in this run, so an imported key would be gone when Keydeck quits. Nothing was imported and nothing was removed.</source>
        <translation>Lors de cette exécution, Keydeck ne conserve les clés qu’en mémoire&#xa0;: une clé importée disparaîtrait donc à la fermeture de Keydeck. Rien n’a été importé ni supprimé.</translation>
    </message>
    <message>
        <source>Keydeck could not add the account.</source>
        <translation>Keydeck n’a pas pu ajouter le compte.</translation>
    </message>
    <message>
        <source>Keydeck removes the plaintext key only once the key is stored.</source>
        <translation>Keydeck ne supprime la clé en clair qu’une fois la clé enregistrée.</translation>
    </message>
</context>
<context>
    <name>SecurityOverview</name>
    <message>
        <source>Some of its lists could not be read.</source>
        <translation>Certaines de ses listes n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security overview</source>
        <translation>Vue d’ensemble de la sécurité</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>Check every account and this computer again</source>
        <translation>Vérifier à nouveau chaque compte et cet ordinateur</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>%1 · team %2</source>
        <translation>%1 · équipe %2</translation>
    </message>
    <message numerus="yes">
        <source>Ignored and S&amp;noozed (%n)</source>
        <translation>
            <numerusform>I&amp;gnorés et reportés (%n)</numerusform>
            <numerusform>I&amp;gnorés et reportés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your accounts and this computer…</source>
        <translation>Vérification de vos comptes et de cet ordinateur…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>“%1” could not be checked: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être vérifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>No findings: everything Keydeck checks looks right.</source>
        <translation>Aucun constat&#xa0;: tout ce que Keydeck vérifie semble correct.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) on this computer.</source>
        <translation>
            <numerusform>%n constat sur cet ordinateur.</numerusform>
            <numerusform>%n constats sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1.</source>
        <translation>
            <numerusform>%n constat dans %1.</numerusform>
            <numerusform>%n constats dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1 and on this computer.</source>
        <translation>
            <numerusform>%n constat dans %1 et sur cet ordinateur.</numerusform>
            <numerusform>%n constats dans %1 et sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <source>Your accounts and this computer pass every check Keydeck makes.</source>
        <translation>Vos comptes et cet ordinateur réussissent toutes les vérifications de Keydeck.</translation>
    </message>
    <message>
        <source>Only you will be able to change it; others can still read it, as a public key allows.</source>
        <translation>Vous seul pourrez la modifier&#xa0;; les autres pourront toujours la lire, comme le permet une clé publique.</translation>
    </message>
    <message>
        <source>Only you will be able to read and change it.</source>
        <translation>Vous seul pourrez y accéder en lecture et en écriture.</translation>
    </message>
    <message>
        <source>Fix Permissions</source>
        <translation>Corriger les permissions</translation>
    </message>
    <message>
        <source>Change the permissions of %1?</source>
        <translation>Modifier les permissions de %1&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be changed.</source>
        <translation>Impossible de modifier les permissions de %1.</translation>
    </message>
    <message>
        <source>&amp;Remove a Key Everywhere…</source>
        <translation>S&amp;upprimer une clé partout…</translation>
    </message>
    <message>
        <source>For a lost or compromised device: find its key in every account and team, and remove it</source>
        <translation>Pour un appareil perdu ou compromis&#xa0;: trouver sa clé dans chaque compte et chaque équipe, et la supprimer</translation>
    </message>
    <message>
        <source>Add a &amp;Key to Every Account…</source>
        <translation>Ajouter une &amp;clé à chaque compte…</translation>
    </message>
    <message>
        <source>For a new device: add its public key wherever it is missing</source>
        <translation>Pour un nouvel appareil&#xa0;: ajouter sa clé publique partout où elle manque</translation>
    </message>
    <message numerus="yes">
        <source>Show %n More</source>
        <translation>
            <numerusform>Afficher %n de plus</numerusform>
            <numerusform>Afficher %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) of this kind</source>
        <translation>
            <numerusform>%n autre constat de ce type</numerusform>
            <numerusform>%n autres constats de ce type</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityReminders</name>
    <message numerus="yes">
        <source>Keydeck found %n new security finding(s)</source>
        <translation>
            <numerusform>Keydeck a trouvé %n nouveau constat de sécurité</numerusform>
            <numerusform>Keydeck a trouvé %n nouveaux constats de sécurité</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notification: whose finding, then why it matters</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
And %n more in the Security overview.</source>
        <translation>
            <numerusform>%1
Et %n autre dans la vue d’ensemble de la sécurité.</numerusform>
            <numerusform>%1
Et %n autres dans la vue d’ensemble de la sécurité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Every sign-in to the Vast.ai console creates a login session that lasts about a week. Delete the sessions you do not recognise.</source>
        <translation>Chaque connexion à la console Vast.ai crée une session de connexion qui dure environ une semaine. Supprimez les sessions que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>Supprimer la sessi&amp;on</translation>
    </message>
    <message>
        <source>Sign out the selected session (Del)</source>
        <translation>Déconnecter la session sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Sign Out All &amp;Other Sessions…</source>
        <translation>Déconnecter toutes les autres sessio&amp;ns…</translation>
    </message>
    <message>
        <source>Delete every session except the one Keydeck uses</source>
        <translation>Supprimer toutes les sessions sauf celle qu’utilise Keydeck</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation>Recharger la liste depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Login sessions</source>
        <translation>Sessions de connexion</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Loading login sessions…</source>
        <translation>Chargement des sessions de connexion…</translation>
    </message>
    <message>
        <source>This server does not offer a list of login sessions.</source>
        <translation>Ce serveur ne propose pas de liste des sessions de connexion.</translation>
    </message>
    <message>
        <source>Could not load the login sessions.</source>
        <translation>Impossible de charger les sessions de connexion.</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n session active</numerusform>
            <numerusform>%n sessions actives</numerusform>
        </translation>
    </message>
    <message>
        <source>No login sessions</source>
        <translation>Aucune session de connexion</translation>
    </message>
    <message>
        <source>Nobody is signed in to the Vast.ai console with this account.</source>
        <translation>Personne n’est connecté à la console Vast.ai avec ce compte.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n login session(s).</source>
        <translation>
            <numerusform>%n session de connexion chargée.</numerusform>
            <numerusform>%n sessions de connexion chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the session Keydeck uses. Sign out of the two-factor session from the Profile tab instead.</source>
        <translation>C’est la session qu’utilise Keydeck. Déconnectez-vous plutôt de la session à deux facteurs depuis l’onglet Profil.</translation>
    </message>
    <message>
        <source>Delete Login Session</source>
        <translation>Supprimer la session de connexion</translation>
    </message>
    <message>
        <source>Sign out the session on %1?</source>
        <translation>Déconnecter la session sur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Whoever uses that session has to sign in again.</source>
        <translation>La personne qui utilise cette session devra se reconnecter.</translation>
    </message>
    <message>
        <source>Could not delete the session on %1.</source>
        <translation>Impossible de supprimer la session sur %1.</translation>
    </message>
    <message>
        <source>The session on %1 was signed out.</source>
        <translation>La session sur %1 a été déconnectée.</translation>
    </message>
    <message>
        <source>Every browser and device signed in with this account, except this one, has to sign in again.</source>
        <translation>Tous les navigateurs et appareils connectés avec ce compte, sauf celui-ci, devront se reconnecter.</translation>
    </message>
    <message>
        <source>Every browser and device signed in with this account has to sign in again. Keydeck keeps working with the API key.</source>
        <translation>Tous les navigateurs et appareils connectés avec ce compte devront se reconnecter. Keydeck continue de fonctionner avec la clé API.</translation>
    </message>
    <message>
        <source>Sign Out Other Sessions</source>
        <translation>Déconnecter les autres sessions</translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n other session(s)?</source>
        <translation>
            <numerusform>Déconnecter %n autre session&#xa0;?</numerusform>
            <numerusform>Déconnecter %n autres sessions&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Could not sign out the other sessions.</source>
        <translation>Impossible de déconnecter les autres sessions.</translation>
    </message>
    <message>
        <source>All other sessions were signed out.</source>
        <translation>Toutes les autres sessions ont été déconnectées.</translation>
    </message>
    <message>
        <source>Login Sessions</source>
        <translation>Sessions de connexion</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the session on %1 was signed out.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, mais la session sur %1 a été déconnectée.</translation>
    </message>
    <message>
        <source>The session on %1 had already ended.</source>
        <translation>La session sur %1 était déjà terminée.</translation>
    </message>
    <message>
        <source>Keydeck could not check whether the session on %1 was signed out. Refresh the list before you try again.</source>
        <translation>Keydeck n’a pas pu vérifier si la session sur %1 a été déconnectée. Actualisez la liste avant de réessayer.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the session on %1 was not signed out; you can try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et la session sur %1 n’a pas été déconnectée ; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>The server answered that the session on %1 was signed out, but it is still listed.</source>
        <translation>Le serveur a répondu que la session sur %1 a été fermée, mais elle figure toujours dans la liste.</translation>
    </message>
    <message>
        <source>The server answered that the other sessions were signed out, but they are still listed.</source>
        <translation>Le serveur a répondu que les autres sessions ont été fermées, mais elles figurent toujours dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are still listed although the server answered that they were signed out.</source>
        <translation>
            <numerusform>%n session figure toujours dans la liste alors que le serveur a répondu qu&apos;elle a été fermée.</numerusform>
            <numerusform>%n sessions figurent toujours dans la liste alors que le serveur a répondu qu&apos;elles ont été fermées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server ended more sessions than you chose.</source>
        <translation>Le serveur a fermé plus de sessions que vous n&apos;en avez choisi.</translation>
    </message>
    <message>
        <source>These sessions are no longer listed either: %1</source>
        <translation>Ces sessions ne figurent plus dans la liste non plus : %1</translation>
    </message>
    <message>
        <source>This server may not read which session to end. Sign the session out in the Vast.ai console.</source>
        <translation>Ce serveur ne lit peut-être pas quelle session fermer. Fermez la session dans la console Vast.ai.</translation>
    </message>
    <message>
        <source>Vast.ai signs out this account&apos;s sessions only from a two-factor session, and Keydeck does not send this from its own session, so that it cannot end that one by mistake. Sign the session out in the Vast.ai console.</source>
        <translation>Vast.ai ne ferme les sessions de ce compte que depuis une session à deux facteurs, et Keydeck n&apos;envoie pas cette demande depuis sa propre session, pour ne pas la fermer par erreur. Fermez la session dans la console Vast.ai.</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de sessions</translation>
    </message>
    <message>
        <source>The login sessions could not be refreshed: %1 The list shows them as loaded before.</source>
        <translation>Les sessions de connexion n’ont pas pu être actualisées&#xa0;: %1 La liste affiche les sessions chargées précédemment.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Create a new item</source>
        <translation>Créer un élément</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Supprimer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Focus the filter</source>
        <translation>Aller au filtre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Effet</translation>
    </message>
</context>
<context>
    <name>SpheronKeyCard</name>
    <message>
        <source>Active Key</source>
        <translation>Clé active</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>Active API key</source>
        <translation>Clé API active</translation>
    </message>
    <message>
        <source>Reveal the key</source>
        <translation>Révéler la clé</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>Définir l’&amp;expiration…</translation>
    </message>
    <message>
        <source>&amp;Generate New Key…</source>
        <translation>&amp;Générer une nouvelle clé…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Generate a key in the %1 console, then paste it here with Generate New Key.</source>
        <translation>Générez une clé dans la console %1, puis collez-la ici avec «&#xa0;Générer une nouvelle clé&#xa0;».</translation>
    </message>
    <message>
        <source>The stored key could not be read. %1</source>
        <translation>Impossible de lire la clé enregistrée. %1</translation>
    </message>
    <message>
        <source>No key stored for this account</source>
        <translation>Aucune clé enregistrée pour ce compte</translation>
    </message>
    <message>
        <source>Copied the API key. The clipboard is cleared automatically.</source>
        <translation>Clé API copiée. Le presse-papiers est vidé automatiquement.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Test de la clé…</translation>
    </message>
    <message>
        <source>The key works: %1 accepted it.</source>
        <translation>La clé fonctionne&#xa0;: %1 l’a acceptée.</translation>
    </message>
    <message>
        <source>The key test failed. %1</source>
        <translation>Le test de la clé a échoué. %1</translation>
    </message>
    <message>
        <source>Revoke API Key</source>
        <translation>Révoquer la clé API</translation>
    </message>
    <message>
        <source>&amp;Forget the Key</source>
        <translation>&amp;Oublier la clé</translation>
    </message>
    <message>
        <source>The account stays in Keydeck; use Generate New Key to enter a new key later.</source>
        <translation>Le compte reste dans Keydeck&#xa0;; utilisez «&#xa0;Générer une nouvelle clé&#xa0;» pour saisir une nouvelle clé plus tard.</translation>
    </message>
    <message>
        <source>Keydeck could not forget the key.</source>
        <translation>Keydeck n’a pas pu oublier la clé.</translation>
    </message>
    <message>
        <source>Keydeck uses the new key. Set its expiry date so Keydeck can warn you in time.</source>
        <translation>Keydeck utilise la nouvelle clé. Définissez sa date d’expiration pour que Keydeck puisse vous avertir à temps.</translation>
    </message>
    <message>
        <source>Revea&amp;l</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Test Ke&amp;y</source>
        <translation>&amp;Vérifier la clé</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>R&amp;otation Assistant…</source>
        <translation>Assistant de r&amp;otation…</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>The console&apos;s API keys page was opened in your web browser (%1). Revoke the key there. Should Keydeck also forget its copy of the key for “%2”?</source>
        <translation>La page des clés API de la console a été ouverte dans votre navigateur (%1). Révoquez-y la clé. Keydeck doit-il aussi oublier sa copie de la clé de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>No web browser opened. Open %1 yourself and revoke the key there. Should Keydeck also forget its copy of the key for “%2”?</source>
        <translation>Aucun navigateur ne s’est ouvert. Ouvrez vous-même %1 et révoquez-y la clé. Keydeck doit-il aussi oublier sa copie de la clé de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>This demo account has no web console, so there is nothing to revoke there. Should Keydeck forget its copy of the key for “%1”?</source>
        <translation>Ce compte de démo n’a pas de console web&#xa0;; il n’y a donc rien à y révoquer. Keydeck doit-il oublier sa copie de la clé de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Keydeck forgot the API key of “%1”.</source>
        <translation>Keydeck a oublié la clé API de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SshKeyPage</name>
    <message>
        <source>Add an SSH key</source>
        <translation>Ajouter une clé SSH</translation>
    </message>
    <message>
        <source>Instances you rent accept logins with the SSH keys registered with your account.</source>
        <translation>Les instances que vous louez acceptent les connexions avec les clés SSH enregistrées pour votre compte.</translation>
    </message>
    <message>
        <source>&amp;Use a key from this computer</source>
        <translation>&amp;Utiliser une clé de cet ordinateur</translation>
    </message>
    <message>
        <source>Key from this computer</source>
        <translation>Clé de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Generate a new key</source>
        <translation>&amp;Générer une nouvelle clé</translation>
    </message>
    <message>
        <source>Key file name</source>
        <translation>Nom du fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>P&amp;hrase secrète (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>Passer cette é&amp;tape</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Use a plain file name such as id_ed25519, without slashes.</source>
        <translation>Utilisez un nom de fichier simple tel que id_ed25519, sans barres obliques.</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>Nom du &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Confir&amp;m passphrase:</source>
        <translation>Confir&amp;mer la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>SshKeyPipeline</name>
    <message>
        <source>The key pair could not be generated.</source>
        <translation>Impossible de générer la paire de clés.</translation>
    </message>
</context>
<context>
    <name>SshKeyUi</name>
    <message>
        <source>No readable answer came back from the server, and the key was not added; you can try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur et la clé n’a pas été ajoutée&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the key was added. Look at the key list before you try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et Keydeck n’a pas pu vérifier si la clé a été ajoutée. Consultez la liste des clés avant de réessayer.</translation>
    </message>
    <message>
        <source>Vast.ai adds SSH keys only to a personal account, and this API key works in a team. Nothing was added. Add the key with an API key of your personal account, or in the Vast.ai console after switching to your personal account.</source>
        <translation>Vast.ai n&apos;ajoute des clés SSH qu&apos;à un compte personnel, et cette clé d&apos;API fonctionne dans une équipe. Rien n&apos;a été ajouté. Ajoutez la clé avec une clé d&apos;API de votre compte personnel, ou dans la console Vast.ai après être passé à votre compte personnel.</translation>
    </message>
    <message>
        <source>Another registered key is already called “%1”. You can add this one too, but the two will be hard to tell apart: consider another name.</source>
        <translation>Une autre clé enregistrée s&apos;appelle déjà « %1 ». Vous pouvez aussi ajouter celle-ci, mais les deux seront difficiles à distinguer : choisissez plutôt un autre nom.</translation>
    </message>
    <message>
        <source>The upload was cancelled, but the key had already reached the server: it is registered.</source>
        <translation>L&apos;envoi a été annulé, mais la clé avait déjà atteint le serveur : elle est enregistrée.</translation>
    </message>
    <message>
        <source>The upload was cancelled. The key is not registered now, but the server may still add it: refresh the key list (F5) before you add it again.</source>
        <translation>L&apos;envoi a été annulé. La clé n&apos;est pas enregistrée pour l&apos;instant, mais le serveur peut encore l&apos;ajouter : actualisez la liste des clés (F5) avant de l&apos;ajouter de nouveau.</translation>
    </message>
    <message>
        <source>The upload was cancelled, and Keydeck could not read the key list to check it (%1). The key may still arrive: refresh the list (F5) before you add it again.</source>
        <translation>L&apos;envoi a été annulé, et Keydeck n&apos;a pas pu lire la liste des clés pour le vérifier (%1). La clé peut encore arriver : actualisez la liste (F5) avant de l&apos;ajouter de nouveau.</translation>
    </message>
</context>
<context>
    <name>SshKeysModel</name>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The server holds text that is not a valid public key.</source>
        <translation>Le serveur contient un texte qui n’est pas une clé publique valide.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), rotate</source>
        <translation>
            <numerusform>%n jour, rotation conseillée</numerusform>
            <numerusform>%n jours, rotation conseillée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This key is older than %n day(s). Consider rotating it: generate a new key, upload it, then delete this one.</source>
        <translation>
            <numerusform>Cette clé a plus de %n jour. Envisagez sa rotation&#xa0;: générez une nouvelle clé, envoyez-la, puis supprimez celle-ci.</numerusform>
            <numerusform>Cette clé a plus de %n jours. Envisagez sa rotation&#xa0;: générez une nouvelle clé, envoyez-la, puis supprimez celle-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s).</source>
        <translation>
            <numerusform>Plus de %n jour.</numerusform>
            <numerusform>Plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>No local copy</source>
        <translation>Pas de copie locale</translation>
    </message>
    <message>
        <source>A matching .pub file exists in your SSH folder.</source>
        <translation>Un fichier .pub correspondant existe dans votre dossier SSH.</translation>
    </message>
    <message>
        <source>No .pub file in your SSH folder holds this key. It may belong to another computer, or the key pair was removed.</source>
        <translation>Aucun fichier .pub de votre dossier SSH ne contient cette clé. Elle appartient peut-être à un autre ordinateur, ou la paire de clés a été supprimée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
</context>
<context>
    <name>SshKeysPage</name>
    <message>
        <source>SSH keys</source>
        <translation>Clés SSH</translation>
    </message>
    <message>
        <source>SSH Keys</source>
        <translation>Clés SSH</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>Nombre de clés</translation>
    </message>
    <message>
        <source>Name, type or fingerprint (Ctrl+F)</source>
        <translation>Nom, type ou empreinte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Filtrer les clés</translation>
    </message>
    <message>
        <source>Add an SSH key</source>
        <translation>Ajouter une clé SSH</translation>
    </message>
    <message>
        <source>Paste or choose a public key file (Ctrl+N)</source>
        <translation>Coller ou choisir un fichier de clé publique (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Generate Key…</source>
        <translation>&amp;Générer une clé…</translation>
    </message>
    <message>
        <source>Generate a new key pair</source>
        <translation>Générer une nouvelle paire de clés</translation>
    </message>
    <message>
        <source>Create a new Ed25519 key pair on this computer and upload it</source>
        <translation>Créer une nouvelle paire de clés Ed25519 sur cet ordinateur et l’envoyer</translation>
    </message>
    <message>
        <source>Edit the selected key</source>
        <translation>Modifier la clé sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation>Supprimer la clé sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected key from the account (Del)</source>
        <translation>Supprimer la clé sélectionnée du compte (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Copy Public Key</source>
        <translation>&amp;Copier la clé publique</translation>
    </message>
    <message>
        <source>Copy the selected public key</source>
        <translation>Copier la clé publique sélectionnée</translation>
    </message>
    <message>
        <source>Copy the selected public key (Ctrl+C)</source>
        <translation>Copier la clé publique sélectionnée (Ctrl+C)</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otation…</translation>
    </message>
    <message>
        <source>Rotate the selected key</source>
        <translation>Effectuer la rotation de la clé sélectionnée</translation>
    </message>
    <message>
        <source>Generate a new key, upload it, then delete the selected one</source>
        <translation>Générer une nouvelle clé, l’envoyer, puis supprimer la clé sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Actualiser la liste</translation>
    </message>
    <message>
        <source>Reload the keys from the server (F5)</source>
        <translation>Recharger les clés depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Keys on This Computer</source>
        <translation>Clés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Public keys on this computer</source>
        <translation>Clés publiques sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Upload Selected Key</source>
        <translation>En&amp;voyer la clé sélectionnée</translation>
    </message>
    <message>
        <source>Upload the selected local key</source>
        <translation>Envoyer la clé locale sélectionnée</translation>
    </message>
    <message>
        <source>Registered SSH keys</source>
        <translation>Clés SSH enregistrées</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Spheron AI cannot edit a registered key: Keydeck adds the replacement and then deletes the old key.</source>
        <translation>Spheron AI ne peut pas modifier une clé enregistrée&#xa0;: Keydeck ajoute la clé de remplacement, puis supprime l’ancienne.</translation>
    </message>
    <message>
        <source>Loading SSH keys…</source>
        <translation>Chargement des clés SSH…</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not manage SSH keys through its API.</source>
        <translation>%1 ne gère pas les clés SSH via son API.</translation>
    </message>
    <message>
        <source>No SSH keys yet</source>
        <translation>Aucune clé SSH pour l’instant</translation>
    </message>
    <message>
        <source>Add the public key of each computer you connect from, or generate a new key pair here.</source>
        <translation>Ajoutez la clé publique de chaque ordinateur depuis lequel vous vous connectez, ou générez ici une nouvelle paire de clés.</translation>
    </message>
    <message>
        <source>The team has no SSH keys, and your role cannot add any.</source>
        <translation>L’équipe n’a aucune clé SSH, et votre rôle ne permet pas d’en ajouter.</translation>
    </message>
    <message>
        <source>No public keys found in %1.</source>
        <translation>Aucune clé publique trouvée dans %1.</translation>
    </message>
    <message>
        <source>Keys are matched by their key data, not by file name or comment.</source>
        <translation>Les clés sont associées d’après leurs données, pas d’après le nom du fichier ou le commentaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 sur %n clé</numerusform>
            <numerusform>%1 sur %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>You are a member of “%1”. Only team owners and admins can add or delete SSH keys, so those actions are turned off.</source>
        <translation>Vous êtes membre de «&#xa0;%1&#xa0;». Seuls les propriétaires et administrateurs de l’équipe peuvent ajouter ou supprimer des clés SSH&#xa0;; ces actions sont donc désactivées.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are older than %1 days. Select one and choose Rotate to replace it with a new key.</source>
        <translation>
            <numerusform>%n clé a plus de %1 jours. Sélectionnez-la et choisissez «&#xa0;Rotation&#xa0;» pour la remplacer par une nouvelle clé.</numerusform>
            <numerusform>%n clés ont plus de %1 jours. Sélectionnez-en une et choisissez «&#xa0;Rotation&#xa0;» pour la remplacer par une nouvelle clé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are older than %1 days. Ask a team owner or admin to rotate them.</source>
        <translation>
            <numerusform>%n clé a plus de %1 jours. Demandez à un propriétaire ou administrateur de l’équipe d’en effectuer la rotation.</numerusform>
            <numerusform>%n clés ont plus de %1 jours. Demandez à un propriétaire ou administrateur de l’équipe d’en effectuer la rotation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role in this team cannot manage SSH keys.</source>
        <translation>Votre rôle dans cette équipe ne permet pas de gérer les clés SSH.</translation>
    </message>
    <message>
        <source>Saved %1 and uploaded its public key.</source>
        <translation>%1 enregistré et sa clé publique envoyée.</translation>
    </message>
    <message>
        <source>Saved %1 and uploaded its public key. The previous key was kept as %2.</source>
        <translation>%1 enregistré et sa clé publique envoyée. La clé précédente a été conservée sous %2.</translation>
    </message>
    <message>
        <source>The new key reaches only instances created from now on. Running instances keep their current keys.</source>
        <translation>La nouvelle clé n’atteint que les instances créées à partir de maintenant. Les instances en cours d’exécution conservent leurs clés actuelles.</translation>
    </message>
    <message>
        <source>The SSH key was added.</source>
        <translation>La clé SSH a été ajoutée.</translation>
    </message>
    <message>
        <source>Added the SSH key “%1”.</source>
        <translation>Clé SSH «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>The SSH key was replaced.</source>
        <translation>La clé SSH a été remplacée.</translation>
    </message>
    <message>
        <source>%1 cannot change a registered key. To replace “%2”, add the new key first; Keydeck then asks before deleting the old one.</source>
        <translation>%1 ne peut pas modifier une clé enregistrée. Pour remplacer «&#xa0;%2&#xa0;», ajoutez d’abord la nouvelle clé&#xa0;; Keydeck demande ensuite confirmation avant de supprimer l’ancienne.</translation>
    </message>
    <message>
        <source>Add Replacement…</source>
        <translation>Ajouter une clé de remplacement…</translation>
    </message>
    <message>
        <source>Replace SSH Key</source>
        <translation>Remplacer la clé SSH</translation>
    </message>
    <message>
        <source>unreadable key</source>
        <translation>clé illisible</translation>
    </message>
    <message>
        <source>Delete “%1” (%2) from %3?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» (%2) de %3&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>New instances will no longer get this key. Instances that already have it keep it until you remove it there.</source>
        <translation>Les nouvelles instances ne recevront plus cette clé. Les instances qui l’ont déjà la conservent jusqu’à ce que vous l’y supprimiez.</translation>
    </message>
    <message>
        <source>Could Not Delete Key</source>
        <translation>Impossible de supprimer la clé</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été supprimée.</translation>
    </message>
    <message>
        <source>Deleted the SSH key “%1”.</source>
        <translation>Clé SSH «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Copied the public key of “%1”.</source>
        <translation>Clé publique de «&#xa0;%1&#xa0;» copiée.</translation>
    </message>
    <message>
        <source>Could Not Upload Key</source>
        <translation>Impossible d’envoyer la clé</translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation>%1 n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but “%1” was deleted.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, mais «&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and “%1” was not deleted; you can try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et «&#xa0;%1&#xa0;» n’a pas été supprimée&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether “%1” was deleted. Refresh the list before you try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et Keydeck n’a pas pu vérifier si «&#xa0;%1&#xa0;» a été supprimée. Actualisez la liste avant de réessayer.</translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Stop loading the list</source>
        <translation>Arrêter le chargement de la liste</translation>
    </message>
    <message>
        <source>Stop waiting for the server and keep the list shown before (Esc)</source>
        <translation>Cesser d&apos;attendre le serveur et garder la liste affichée auparavant (Échap)</translation>
    </message>
    <message>
        <source>Loading was cancelled. The list shows the keys as loaded at %1.</source>
        <translation>Le chargement a été annulé. La liste montre les clés telles que chargées à %1.</translation>
    </message>
    <message>
        <source>Loading the SSH keys was cancelled, so none are shown.</source>
        <translation>Le chargement des clés SSH a été annulé, aucune n&apos;est donc affichée.</translation>
    </message>
    <message>
        <source>Spheron AI listed only the keys of another team, so Keydeck cannot tell which keys “%1” has. Make it the current team in the Spheron AI console, then refresh.</source>
        <translation>Spheron AI n&apos;a listé que les clés d&apos;une autre équipe, Keydeck ne peut donc pas savoir quelles clés a « %1 ». Faites-en l&apos;équipe actuelle dans la console Spheron AI, puis actualisez.</translation>
    </message>
    <message>
        <source>The old key was not deleted, so the account now has two keys: the new “%1” (%2, added today) and the old “%3” (%4), which still works until you delete it.</source>
        <translation>L&apos;ancienne clé n&apos;a pas été supprimée, le compte a donc maintenant deux clés : la nouvelle « %1 » (%2, ajoutée aujourd&apos;hui) et l&apos;ancienne « %3 » (%4), qui fonctionne jusqu&apos;à ce que vous la supprimiez.</translation>
    </message>
    <message>
        <source>&amp;Upload Anyway</source>
        <translation>&amp;Envoyer quand même</translation>
    </message>
    <message>
        <source>%1 will be uploaded as it is.</source>
        <translation>%1 sera envoyée telle quelle.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Filt&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Add Ke&amp;y…</source>
        <translation>Ajouter u&amp;ne clé…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Loading</source>
        <translation>Annuler le c&amp;hargement</translation>
    </message>
    <message>
        <source>Delete SSH Key</source>
        <translation>Supprimer la clé SSH</translation>
    </message>
    <message>
        <source>Upload This Key</source>
        <translation>Envoyer cette clé</translation>
    </message>
    <message>
        <source>The SSH keys could not be refreshed: %1 The list shows the keys as loaded at %2.</source>
        <translation>Les clés SSH n’ont pas pu être actualisées&#xa0;: %1 La liste affiche les clés chargées à %2.</translation>
    </message>
</context>
<context>
    <name>SshStepController</name>
    <message>
        <source>Registering the key with %1…</source>
        <translation>Enregistrement de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Looking for SSH keys on this computer…</source>
        <translation>Recherche de clés SSH sur cet ordinateur…</translation>
    </message>
    <message>
        <source>There are no SSH keys in %1 yet. Generate one below.</source>
        <translation>Il n’y a encore aucune clé SSH dans %1. Générez-en une ci-dessous.</translation>
    </message>
    <message>
        <source>Keydeck could not check which keys are registered already. %1</source>
        <translation>Keydeck n’a pas pu vérifier quelles clés sont déjà enregistrées. %1</translation>
    </message>
    <message>
        <source>Every key on this computer is registered with this account already.</source>
        <translation>Toutes les clés de cet ordinateur sont déjà enregistrées pour ce compte.</translation>
    </message>
    <message>
        <source>%1 is registered with your account.</source>
        <translation>%1 est enregistrée pour votre compte.</translation>
    </message>
    <message>
        <source>A key named %1 already exists in %2.</source>
        <translation>Une clé nommée %1 existe déjà dans %2.</translation>
    </message>
    <message>
        <source>Back Up and Replace</source>
        <translation>Sauvegarder et remplacer</translation>
    </message>
    <message>
        <source>The existing files are renamed with a “.backup_” suffix; nothing is deleted.</source>
        <translation>Les fichiers existants sont renommés avec le suffixe «&#xa0;.backup_&#xa0;»&#xa0;; rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another file name.</source>
        <translation>Rien n’a été écrit. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Generating a new Ed25519 key…</source>
        <translation>Génération d’une nouvelle clé Ed25519…</translation>
    </message>
    <message>
        <source>A key is being generated already. Wait a moment and try again.</source>
        <translation>Une clé est déjà en cours de génération. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The new key was saved as %1 and registered with your account.</source>
        <translation>La nouvelle clé a été enregistrée sous %1 et ajoutée à votre compte.</translation>
    </message>
    <message>
        <source>%1 did not accept the key. %2</source>
        <translation>%1 n’a pas accepté la clé. %2</translation>
    </message>
    <message>
        <source>The key files were kept: press Next to register the same key again.</source>
        <translation>Les fichiers de clé ont été conservés&#xa0;: cliquez sur «&#xa0;Suivant&#xa0;» pour enregistrer à nouveau la même clé.</translation>
    </message>
    <message>
        <source>Replace Existing Key</source>
        <translation>Remplacer la clé existante</translation>
    </message>
</context>
<context>
    <name>StatefulView</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the server&apos;s answer could not be read and are not shown.</source>
        <translation>
            <numerusform>%n élément de la réponse du serveur n&apos;a pas pu être lu et n&apos;est pas affiché.</numerusform>
            <numerusform>%n éléments de la réponse du serveur n&apos;ont pas pu être lus et ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry is available again at %1.</source>
        <translation>« Réessayer » sera de nouveau possible à %1.</translation>
    </message>
</context>
<context>
    <name>TeamSwitcher</name>
    <message>
        <source>&amp;Team:</source>
        <translation>Éq&amp;uipe&#xa0;:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>No teams</source>
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Rôle inconnu</translation>
    </message>
    <message>
        <source>You are a member of %1. Only owners and admins of a team can add or delete its SSH keys.</source>
        <translation>Vous êtes membre de %1. Seuls les propriétaires et administrateurs d’une équipe peuvent ajouter ou supprimer ses clés SSH.</translation>
    </message>
    <message>
        <source>Unnamed team</source>
        <translation>Équipe sans nom</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This API key belongs to one team only.</source>
        <translation>Cette clé API n’appartient qu’à une seule équipe.</translation>
    </message>
</context>
<context>
    <name>TwoFactorController</name>
    <message>
        <source>Sign &amp;Out of Two-Factor Session</source>
        <translation>Se déconnecter de la session à deu&amp;x facteurs</translation>
    </message>
    <message>
        <source>End the two-factor session on the server and forget it on this computer</source>
        <translation>Mettre fin à la session à deux facteurs sur le serveur et l’oublier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Two-factor sign-in was cancelled.</source>
        <translation>La connexion à deux facteurs a été annulée.</translation>
    </message>
    <message>
        <source>Signed in with two-factor authentication for this run only.</source>
        <translation>Connecté avec l’authentification à deux facteurs pour cette exécution uniquement.</translation>
    </message>
    <message>
        <source>Signed in with two-factor authentication, but the session could not be kept in the keychain: %1 You will be asked for a code again next time.</source>
        <translation>Connecté avec l’authentification à deux facteurs, mais la session n’a pas pu être conservée dans le trousseau&#xa0;: %1 Un code vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Signed in with two-factor authentication.</source>
        <translation>Connecté avec l’authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>The server does not list sessions, so it ends the session when it expires.</source>
        <translation>Le serveur ne répertorie pas les sessions&#xa0;; il met donc fin à la session à son expiration.</translation>
    </message>
    <message>
        <source>Could not sign out of the two-factor session: %1</source>
        <translation>Impossible de se déconnecter de la session à deux facteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not say which session is this one, so it ends the session when it expires.</source>
        <translation>Le serveur n’a pas indiqué quelle session est celle-ci&#xa0;; il met donc fin à la session à son expiration.</translation>
    </message>
    <message>
        <source>Signed out of the two-factor session.</source>
        <translation>Déconnecté de la session à deux facteurs.</translation>
    </message>
    <message>
        <source>Signed out of the two-factor session on this computer. %1</source>
        <translation>Déconnecté de la session à deux facteurs sur cet ordinateur. %1</translation>
    </message>
    <message>
        <source>The session was signed out, but its key could not be removed from the keychain: %1</source>
        <translation>La session a été déconnectée, mais sa clé n’a pas pu être supprimée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API key could not be read back from the keychain: %1</source>
        <translation>Impossible de relire la clé API depuis le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>This account uses two-factor authentication. Enter the 6-digit code from your authenticator app to continue.</source>
        <translation>Ce compte utilise l’authentification à deux facteurs. Saisissez le code à 6 chiffres de votre application d’authentification pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Code à deux facteurs</translation>
    </message>
    <message>
        <source>Keydeck keeps the session it receives in your keychain until it expires or you sign out of it.</source>
        <translation>Keydeck conserve la session reçue dans votre trousseau jusqu’à son expiration ou jusqu’à ce que vous vous en déconnectiez.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app; if it keeps failing, check your device&apos;s clock.</source>
        <translation>Le code n’a pas été accepté. Saisissez le code actuel de votre application d’authentification&#xa0;; si l’échec persiste, vérifiez l’horloge de votre appareil.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Two-factor method</source>
        <translation>Méthode à deux facteurs</translation>
    </message>
    <message>
        <source>&amp;Send Code</source>
        <translation>&amp;Envoyer le code</translation>
    </message>
    <message>
        <source>Confirm with Two-Factor Authentication</source>
        <translation>Confirmer avec l’authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Confirm this change with a code from one of your methods, or with a backup code.</source>
        <translation>Confirmez cette modification avec un code de l’une de vos méthodes, ou avec un code de secours.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Your two-factor session has expired. Enter a new code from one of your methods to continue.</source>
        <translation>Votre session à deux facteurs a expiré. Saisissez un nouveau code de l’une de vos méthodes pour continuer.</translation>
    </message>
    <message>
        <source>This account uses two-factor authentication. Enter a code from one of your methods to continue.</source>
        <translation>Ce compte utilise l’authentification à deux facteurs. Saisissez un code de l’une de vos méthodes pour continuer.</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Application d’authentification</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (authenticator app)</source>
        <translation>%1 (application d’authentification)</translation>
    </message>
    <message>
        <source>%1 (text message)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>%1 (e-mail)</source>
        <translation>%1 (e-mail)</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Each backup code works only once.</source>
        <translation>Chaque code de secours ne fonctionne qu’une fois.</translation>
    </message>
    <message>
        <source>Send a code to your phone by text message, then enter it.</source>
        <translation>Envoyez un code par SMS sur votre téléphone, puis saisissez-le.</translation>
    </message>
    <message>
        <source>Send a code to your e-mail address, then enter it.</source>
        <translation>Envoyez un code à votre adresse e-mail, puis saisissez-le.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation>Saisissez le code à 6 chiffres affiché par votre application d’authentification.</translation>
    </message>
    <message>
        <source>Re&amp;send Code</source>
        <translation>&amp;Renvoyer le code</translation>
    </message>
    <message>
        <source>&amp;Send Another Code</source>
        <translation>&amp;Envoyer un autre code</translation>
    </message>
    <message>
        <source>A code is on its way to your phone. Enter it when it arrives.</source>
        <translation>Un code est en route vers votre téléphone. Saisissez-le dès qu’il arrive.</translation>
    </message>
    <message>
        <source>A code is on its way to your e-mail address. Enter it when it arrives.</source>
        <translation>Un code est en route vers votre adresse e-mail. Saisissez-le dès qu’il arrive.</translation>
    </message>
    <message>
        <source>The code could not be sent: %1</source>
        <translation>Le code n’a pas pu être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>That code has expired. Send a new one.</source>
        <translation>Ce code a expiré. Envoyez-en un nouveau.</translation>
    </message>
    <message>
        <source>Enter one of your backup codes.</source>
        <translation>Saisissez l’un de vos codes de secours.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code.</source>
        <translation>Saisissez le code à 6 chiffres.</translation>
    </message>
    <message>
        <source>The backup code was not accepted. Each backup code works only once.</source>
        <translation>Le code de secours n’a pas été accepté. Chaque code de secours ne fonctionne qu’une fois.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check the code in your latest message, or send a new one.</source>
        <translation>Le code n’a pas été accepté. Vérifiez le code de votre dernier message, ou envoyez-en un nouveau.</translation>
    </message>
    <message>
        <source>Too many wrong codes: two-factor sign-in is locked until %1.</source>
        <translation>Trop de codes erronés&#xa0;: la connexion à deux facteurs est bloquée jusqu’à %1.</translation>
    </message>
    <message>
        <source>Too many wrong codes: two-factor sign-in is locked for a while. Try again later.</source>
        <translation>Trop de codes erronés&#xa0;: la connexion à deux facteurs est bloquée pour un moment. Réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in with a backup code; %n backup code(s) left.</source>
        <translation>
            <numerusform>Connecté avec un code de secours&#xa0;; il reste %n code de secours.</numerusform>
            <numerusform>Connecté avec un code de secours&#xa0;; il reste %n codes de secours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Few Backup Codes Left</source>
        <translation>Peu de codes de secours restants</translation>
    </message>
    <message>
        <source>You signed in with your last backup code.</source>
        <translation>Vous vous êtes connecté avec votre dernier code de secours.</translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a backup code. Only %n backup code(s) are left.</source>
        <translation>
            <numerusform>Vous vous êtes connecté avec un code de secours. Il ne reste que %n code de secours.</numerusform>
            <numerusform>Vous vous êtes connecté avec un code de secours. Il ne reste que %n codes de secours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make new backup codes on the Profile tab, under Two-Factor Authentication, before you run out.</source>
        <translation>Générez de nouveaux codes de secours dans l’onglet Profil, sous «&#xa0;Authentification à deux facteurs&#xa0;», avant d’en manquer.</translation>
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
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Two-factor methods</source>
        <translation>Méthodes à deux facteurs</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Li&amp;bellé&#xa0;:</translation>
    </message>
    <message>
        <source>Label of the selected method</source>
        <translation>Libellé de la méthode sélectionnée</translation>
    </message>
    <message>
        <source>Chan&amp;ge Label</source>
        <translation>Chan&amp;ger le libellé</translation>
    </message>
    <message>
        <source>Make Primar&amp;y</source>
        <translation>Mar&amp;quer comme principale</translation>
    </message>
    <message>
        <source>Remove Metho&amp;d…</source>
        <translation>Supprimer la m&amp;éthode…</translation>
    </message>
    <message>
        <source>Add Phone for Te&amp;xt Messages…</source>
        <translation>Ajouter un téléph&amp;one pour les SMS…</translation>
    </message>
    <message>
        <source>New &amp;Backup Codes…</source>
        <translation>Nou&amp;veaux codes de secours…</translation>
    </message>
    <message>
        <source>The two-factor status could not be loaded: %1</source>
        <translation>L’état de l’authentification à deux facteurs n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the two-factor status…</source>
        <translation>Chargement de l’état de l’authentification à deux facteurs…</translation>
    </message>
    <message>
        <source>Two-factor authentication is off. Set up an authenticator app or a phone to turn it on; from then on, the API key alone no longer signs in.</source>
        <translation>L’authentification à deux facteurs est désactivée. Configurez une application d’authentification ou un téléphone pour l’activer&#xa0;; dès lors, la clé API seule ne suffit plus pour se connecter.</translation>
    </message>
    <message numerus="yes">
        <source>Two-factor authentication is on with %n method(s).</source>
        <translation>
            <numerusform>L’authentification à deux facteurs est activée avec %n méthode.</numerusform>
            <numerusform>L’authentification à deux facteurs est activée avec %n méthodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Application d’authentification</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (principale)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>Only %n backup code(s) left: make new ones before you run out.</source>
        <translation>
            <numerusform>Il ne reste que %n code de secours&#xa0;: générez-en de nouveaux avant d’en manquer.</numerusform>
            <numerusform>Il ne reste que %n codes de secours&#xa0;: générez-en de nouveaux avant d’en manquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup code(s) left.</source>
        <translation>
            <numerusform>%n code de secours restant.</numerusform>
            <numerusform>%n codes de secours restants.</numerusform>
        </translation>
    </message>
    <message>
        <source>The method could not be renamed: %1</source>
        <translation>La méthode n’a pas pu être renommée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The method was renamed.</source>
        <translation>La méthode a été renommée.</translation>
    </message>
    <message>
        <source>The method could not be made primary: %1</source>
        <translation>La méthode n’a pas pu devenir principale&#xa0;: %1</translation>
    </message>
    <message>
        <source>The primary method was changed.</source>
        <translation>La méthode principale a été changée.</translation>
    </message>
    <message>
        <source>Remove Two-Factor Method?</source>
        <translation>Supprimer la méthode à deux facteurs&#xa0;?</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;, your last method? Two-factor authentication turns off and your backup codes stop working.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;», votre dernière méthode&#xa0;? L’authentification à deux facteurs sera désactivée et vos codes de secours cesseront de fonctionner.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? You can still sign in with your other methods.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez toujours vous connecter avec vos autres méthodes.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Confirm the removal with a code from one of your methods, or with a backup code.</source>
        <translation>Confirmez la suppression avec un code de l’une de vos méthodes, ou avec un code de secours.</translation>
    </message>
    <message>
        <source>The method was removed.</source>
        <translation>La méthode a été supprimée.</translation>
    </message>
    <message>
        <source>The method was removed. Two-factor authentication is off.</source>
        <translation>La méthode a été supprimée. L’authentification à deux facteurs est désactivée.</translation>
    </message>
    <message>
        <source>Make New Backup Codes?</source>
        <translation>Générer de nouveaux codes de secours&#xa0;?</translation>
    </message>
    <message>
        <source>Your current backup codes stop working as soon as the new ones are made.</source>
        <translation>Vos codes de secours actuels cesseront de fonctionner dès que les nouveaux seront générés.</translation>
    </message>
    <message>
        <source>&amp;Make New Codes</source>
        <translation>&amp;Générer de nouveaux codes</translation>
    </message>
    <message>
        <source>Confirm with a code from one of your methods, or with a backup code.</source>
        <translation>Confirmez avec un code de l’une de vos méthodes, ou avec un code de secours.</translation>
    </message>
    <message>
        <source>your Vast.ai account</source>
        <translation>votre compte Vast.ai</translation>
    </message>
    <message>
        <source>Authorize a New Method</source>
        <translation>Autoriser une nouvelle méthode</translation>
    </message>
    <message>
        <source>To add your first method, confirm with a code sent to your e-mail address.</source>
        <translation>Pour ajouter votre première méthode, confirmez avec un code envoyé à votre adresse e-mail.</translation>
    </message>
    <message>
        <source>To add a method, confirm with one you already have, or with a backup code.</source>
        <translation>Pour ajouter une méthode, confirmez avec une méthode que vous avez déjà, ou avec un code de secours.</translation>
    </message>
    <message>
        <source>The authenticator app was added.</source>
        <translation>L’application d’authentification a été ajoutée.</translation>
    </message>
    <message>
        <source>The phone was added.</source>
        <translation>Le téléphone a été ajouté.</translation>
    </message>
    <message>
        <source>Set Up Authenticator App (&amp;QR Code)…</source>
        <translation>Configurer une application d’aut&amp;hentification (code QR)…</translation>
    </message>
</context>
<context>
    <name>VastKeysPanel</name>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>&amp;Reset Keydeck&apos;s Key…</source>
        <translation>&amp;Réinitialiser la clé de Keydeck…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>Chargement des clés API…</translation>
    </message>
    <message>
        <source>No API keys</source>
        <translation>Aucune clé API</translation>
    </message>
    <message>
        <source>This account has no API keys that Keydeck can list.</source>
        <translation>Ce compte n’a aucune clé API que Keydeck puisse répertorier.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s).</source>
        <translation>
            <numerusform>%n clé API.</numerusform>
            <numerusform>%n clés API.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keydeck checked this key, stored it and uses it for this account from now on.</source>
        <translation>Keydeck a vérifié cette clé, l’a enregistrée et l’utilise désormais pour ce compte.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>Supprimer la clé API</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Delete Keydeck&apos;s Own Key</source>
        <translation>Supprimer la clé de Keydeck</translation>
    </message>
    <message>
        <source>Delete Keydeck&apos;s &amp;Key</source>
        <translation>Supprimer la &amp;clé de Keydeck</translation>
    </message>
    <message>
        <source>Keydeck&apos;s key no longer works. Enter a new key to see this account&apos;s keys.</source>
        <translation>La clé de Keydeck ne fonctionne plus. Saisissez une nouvelle clé pour voir les clés de ce compte.</translation>
    </message>
    <message>
        <source>Reset Keydeck&apos;s API Key</source>
        <translation>Réinitialiser la clé API de Keydeck</translation>
    </message>
    <message>
        <source>&amp;Reset Key</source>
        <translation>&amp;Réinitialiser la clé</translation>
    </message>
    <message>
        <source>Keydeck then stores the new key in the keychain, checks it with a live call and carries on with it. The new key is shown once so you can update your other applications.</source>
        <translation>Keydeck enregistre ensuite la nouvelle clé dans le trousseau, la vérifie par un appel réel et continue avec elle. La nouvelle clé est affichée une seule fois pour que vous puissiez mettre à jour vos autres applications.</translation>
    </message>
    <message>
        <source>Resetting the API key…</source>
        <translation>Réinitialisation de la clé API…</translation>
    </message>
    <message>
        <source>Stored in the keychain and checked with %1.</source>
        <translation>Enregistrée dans le trousseau et vérifiée auprès de %1.</translation>
    </message>
    <message>
        <source>Reset API Key</source>
        <translation>Réinitialiser la clé API</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the API key was reset.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et Keydeck n’a pas pu vérifier si la clé API a été réinitialisée.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the API key was not reset; Keydeck still uses it.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et la clé API n’a pas été réinitialisée ; Keydeck continue de l’utiliser.</translation>
    </message>
    <message>
        <source>The API key was reset; Keydeck stored the new key, checked it and uses it.</source>
        <translation>La clé d&apos;API a été réinitialisée ; Keydeck a enregistré la nouvelle clé, l&apos;a vérifiée et l&apos;utilise.</translation>
    </message>
    <message>
        <source>The server reset a key, but not the one Keydeck uses: Keydeck&apos;s key still works and Keydeck keeps using it. The key that changed is most likely the account&apos;s main key; update the applications that use it.</source>
        <translation>Le serveur a réinitialisé une clé, mais pas celle qu&apos;utilise Keydeck : la clé de Keydeck fonctionne toujours et Keydeck continue de l&apos;utiliser. La clé modifiée est très probablement la clé principale du compte ; mettez à jour les applications qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>The server did not send the new key: the %1 console shows it.</source>
        <translation>Le serveur n&apos;a pas envoyé la nouvelle clé : la console %1 l&apos;affiche.</translation>
    </message>
    <message>
        <source>The API key was reset, but the server&apos;s answer with the new key did not arrive. The old key no longer works: copy the new key from the %1 console and enter it.</source>
        <translation>La clé d&apos;API a été réinitialisée, mais la réponse du serveur avec la nouvelle clé n&apos;est pas arrivée. L&apos;ancienne clé ne fonctionne plus : copiez la nouvelle clé depuis la console %1 et saisissez-la.</translation>
    </message>
    <message>
        <source>The API key was reset, but the server did not send the new key. The old key no longer works: copy the new key from the %1 console and enter it.</source>
        <translation>La clé d&apos;API a été réinitialisée, mais le serveur n&apos;a pas envoyé la nouvelle clé. L&apos;ancienne clé ne fonctionne plus : copiez la nouvelle clé depuis la console %1 et saisissez-la.</translation>
    </message>
    <message>
        <source>The server sent a new key, but Keydeck could not check whether its own key was the one reset. %1</source>
        <translation>Le serveur a envoyé une nouvelle clé, mais Keydeck n&apos;a pas pu vérifier si sa propre clé était celle réinitialisée. %1</translation>
    </message>
    <message>
        <source>The API key was not reset; Keydeck still uses it.</source>
        <translation>La clé d&apos;API n&apos;a pas été réinitialisée ; Keydeck l&apos;utilise toujours.</translation>
    </message>
    <message>
        <source>The API keys could not be loaded.</source>
        <translation>Les clés d&apos;API n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>R&amp;otation Assistant…</source>
        <translation>Assistant de r&amp;otation…</translation>
    </message>
    <message>
        <source>Delete the API key “%1” (ID %2)? Applications that use it stop working at once; this cannot be undone.</source>
        <translation>Supprimer la clé API «&#xa0;%1&#xa0;» (ID %2)&#xa0;? Les applications qui l’utilisent cesseront immédiatement de fonctionner&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <source>“%1” is the key Keydeck itself uses for “%2”. Once it is deleted, Keydeck cannot reach %3 for this account: it will ask you for another key right away (create one first if you have none). The account stays in Keydeck.</source>
        <translation>«&#xa0;%1&#xa0;» est la clé que Keydeck utilise lui-même pour «&#xa0;%2&#xa0;». Une fois qu’elle sera supprimée, Keydeck ne pourra plus accéder à %3 pour ce compte&#xa0;: il vous demandera aussitôt une autre clé (créez-en une d’abord si vous n’en avez pas). Le compte reste dans Keydeck.</translation>
    </message>
    <message>
        <source>Deleting the API key “%1”…</source>
        <translation>Suppression de la clé API «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, but the API key “%1” was deleted.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, mais la clé API «&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>The API key “%1” was deleted.</source>
        <translation>La clé API «&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>The API key “%1” no longer exists on the server.</source>
        <translation>La clé API «&#xa0;%1&#xa0;» n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and Keydeck could not check whether the API key “%1” was deleted. Refresh the list before you try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et Keydeck n’a pas pu vérifier si la clé API «&#xa0;%1&#xa0;» a été supprimée. Actualisez la liste avant de réessayer.</translation>
    </message>
    <message>
        <source>No readable answer came back from the server, and the API key “%1” was not deleted; you can try again.</source>
        <translation>Aucune réponse lisible n’est venue du serveur, et la clé API «&#xa0;%1&#xa0;» n’a pas été supprimée&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>The API key “%1” was not deleted.</source>
        <translation>La clé API «&#xa0;%1&#xa0;» n’a pas été supprimée.</translation>
    </message>
    <message>
        <source>Reset the API key Keydeck uses for “%1”? The old key stops working at once, everywhere it is used: there is no overlap.</source>
        <translation>Réinitialiser la clé API que Keydeck utilise pour «&#xa0;%1&#xa0;»&#xa0;? L’ancienne clé cessera immédiatement de fonctionner partout où elle est utilisée&#xa0;: il n’y a aucune période de transition.</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Number of API keys</source>
        <translation>Nombre de clés API</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n clé API</numerusform>
            <numerusform>%n clés API</numerusform>
        </translation>
    </message>
    <message>
        <source>The API keys could not be refreshed: %1 The list shows them as loaded before.</source>
        <translation>Les clés API n’ont pas pu être actualisées&#xa0;: %1 La liste affiche les clés chargées précédemment.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking the key</source>
        <translation>Vérification de la clé</translation>
    </message>
    <message>
        <source>A quick call to the provider shows whether the key works.</source>
        <translation>Un appel rapide au fournisseur indique si la clé fonctionne.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry the check</source>
        <translation>Relancer la vérification</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Code à deux facteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Code à deux facteurs</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Continue with the key in &amp;memory only</source>
        <translation>Continuer avec la clé en mémoire &amp;seulement</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Keydeck</source>
        <translation>Bienvenue dans Keydeck</translation>
    </message>
    <message>
        <source>Keydeck manages the account settings of your GPU clouds: profile, SSH keys and API keys.</source>
        <translation>Keydeck gère les réglages de compte de vos clouds GPU&#xa0;: profil, clés SSH et clés API.</translation>
    </message>
    <message>
        <source>This assistant connects Keydeck to your Vast.ai or Spheron AI account in a few steps. You will need an API key from the provider&apos;s web console.</source>
        <translation>Cet assistant connecte Keydeck à votre compte Vast.ai ou Spheron AI en quelques étapes. Vous aurez besoin d’une clé API provenant de la console web du fournisseur.</translation>
    </message>
    <message>
        <source>No account yet? Choose “Try the local demo” on the next page: Keydeck then runs a practice server on this computer, with nothing sent to the internet.</source>
        <translation>Pas encore de compte&#xa0;? Choisissez «&#xa0;Essayer la démo locale&#xa0;» à la page suivante&#xa0;: Keydeck exécute alors un serveur d’entraînement sur cet ordinateur, sans rien envoyer sur Internet.</translation>
    </message>
    <message>
        <source>Your API key is kept in the system keychain, never in a plain file. Nothing is saved until the key has been checked with the provider.</source>
        <translation>Votre clé API est conservée dans le trousseau du système, jamais dans un simple fichier. Rien n’est enregistré tant que la clé n’a pas été vérifiée auprès du fournisseur.</translation>
    </message>
</context>
</TS>
