<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 · local demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPages</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSH Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the API key of “%1”. Enter a new key to carry on; the account and its settings stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter New Key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>No API key is stored for “%1”. Enter the key again to use this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSshKeyDialog</name>
    <message>
        <source>Add SSH Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the contents of a public key file (ending in .pub), choose the file, or drop it here. Never paste a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… user@host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the key is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SSH Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text of this key. The new key takes the old one&apos;s place on the account; instances that already have the old key keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key. Never share it: paste the public key instead, the line in the file that ends in .pub. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n bit(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This key is already registered as “%1”. Nothing needs to be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new key text to replace this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a valid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spheron AI needs a name for the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The API key was rejected. It may have been deleted, reset or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account uses two-factor authentication. Enter a code from your authenticator app to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your two-factor session has expired. Enter a new code to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key does not have permission for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists on the server. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with something that already exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received too many requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established, so your key was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that Keydeck does not understand. Nothing was changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider&apos;s API does not offer this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>Enter your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck checks the key with the provider before it saves anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the API key page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks. Paste the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains characters an API key never has. Copy it again from the provider&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your %1 API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or copy a key on the Keys page of the Vast.ai console. A full-access key lets Keydeck manage everything; a read-only key shows your account only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a key in the Spheron AI dashboard under Settings, API Keys. It starts with “sai_pk_” and is shown only once, so paste it here right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, key ending %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keydeck found %n %1 key(s) on this computer. Use one to skip copying; the original stays where it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Other users of this computer can read %1. After Keydeck has saved the key, consider deleting that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyPermissions</name>
    <message>
        <source>Instances: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and keys: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and keys: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscellaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not valid at character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions must be a JSON object such as {&quot;api&quot;: {&quot;user_read&quot;: {}}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions must have exactly one key, &quot;api&quot;, holding an object of categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one category: a key without permissions cannot do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; must hold an object ({} for all of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation &quot;%1&quot; has invalid constraints: use {&quot;constraints&quot;: {&quot;id&quot;: {&quot;eq&quot;: 1227}}} with eq, lte or gte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with constraints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>(unnamed, used by Keydeck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (used by Keydeck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck uses this key for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the key Keydeck uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>&amp;Enter a New Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Keydeck&apos;s Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation &amp;Assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate New Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the auth header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c&amp;url example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the curl example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter a valid key to carry on with &quot;%2&quot;; the account and its settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck checked the new key, stored it and uses it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the key first, without it reaching your shell history: read -rs %1 &amp;&amp; export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API keys could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no API keys that Keydeck can list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keydeck checked this key, stored it and uses it for this account from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API key &quot;%1&quot; (ID %2)? Applications that use it stop working at once; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Keydeck&apos;s Own Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the key Keydeck itself uses for &quot;%2&quot;. Once it is deleted, Keydeck cannot reach %3 for this account: it will ask you for another key right away (create one first if you have none). The account stays in Keydeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Keydeck&apos;s &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the API key &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key &quot;%1&quot; was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key &quot;%1&quot; was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck&apos;s key no longer works. Enter a new key to see this account&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Keydeck&apos;s API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the API key Keydeck uses for &quot;%1&quot;? The old key stops working at once, everywhere it is used: there is no overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck then stores the new key in the keychain, checks it with a live call and carries on with it. The new key is shown once so you can update your other applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain and checked with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was reset; Keydeck uses the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a key in the %1 console, then paste it here with Generate New Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the API key. The clipboard is cleared automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: %1 accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key test failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck opened the console&apos;s API page (%1). Revoke the key there. Should Keydeck also forget its copy of the key for &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account stays in Keydeck; use Generate New Key to enter a new key later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck could not forget the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck forgot the API key of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck uses the new key. Set its expiry date so Keydeck can warn you in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keydeck manages the SSH keys, API keys and profile of your Vast.ai and Spheron AI accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in demo mode against the built-in local sandbox, speaking the &lt;provider&gt; API (vast or spheron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (for example de, fr or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demo provider “%1”. Use vast or spheron.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CI runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the permissions as &amp;JSON (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH keys only (account read and write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one category: a key without permissions cannot do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialImporter</name>
    <message>
        <source>the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vastai command-line tool&apos;s key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vastai command-line tool&apos;s old key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vastai command-line tool saved this key unencrypted in %1, and that file can be read by other users of this computer. Keydeck now keeps the key in your system keychain, so you can delete the file. The vastai tool will then ask for the key again (vastai set api-key) unless VAST_API_KEY is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vastai command-line tool saved this key unencrypted in %1 (the tool does not restrict who can read it). Keydeck now keeps the key in your system keychain, so you can delete the file. The vastai tool will then ask for the key again (vastai set api-key) unless VAST_API_KEY is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck only deletes the vastai command-line tool&apos;s key files, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <source>%1 demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck could not create the folder for the demo data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo server could not create its demo accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo server stopped before the demo account was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck could not add the demo account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck is ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvVarDialog</name>
    <message>
        <source>New Environment Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account variables are injected into every container you launch on Vast.ai. Their values are write-only: after saving, nobody can read them back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HF_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Environment Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new value for %1. The old value cannot be shown: Vast.ai only returns it masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvVarRules</name>
    <message>
        <source>Enter a name for the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %n characters are allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The name must start with a letter or an underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only letters A–Z, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value for the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value may contain only letters A–Z, digits, underscores, hyphens and dots. Spaces and other characters are refused by Vast.ai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvVarsPage</name>
    <message>
        <source>Environment variables are injected into every container you launch. Values are write-only: Vast.ai returns them masked, so they can be replaced but never shown or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Variable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment variable (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the value of the selected variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected variable (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading environment variables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are write-only: use Change Value to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables you add here are injected into every container you launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n environment variable(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Environment variable %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Environment Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the environment variable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers launched from now on will not get it. Its value cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment Variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>API Key Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API cannot tell when a key expires. Copy the &quot;Expires&quot; date from the console&apos;s API page so Keydeck can warn you in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;know the expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryNotifier</name>
    <message>
        <source>Keydeck: API key expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck: the API key of %1 expires soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateSshKeyDialog</name>
    <message>
        <source>Generate SSH Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck creates a new Ed25519 key pair on this computer, saves it in your SSH folder and uploads the public key. The private key never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate and Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name in your SSH folder, or a full path. The public key is saved beside it with .pub added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate SSH Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck creates a new Ed25519 key pair to replace “%1”, saves it in your SSH folder and uploads the public key. Then it asks before deleting the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name such as id_ed25519 (no leading dot, no folder separators at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spheron AI needs a name for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Existing Key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Keydeck will rename the existing files to “….backup_&lt;time&gt;” and then write the new key. Nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up and Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs that use the old key by its file name will use the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the key pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is already being generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pair could not be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Uploading the public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pair is saved as %1 and %2 and stays there. You can retry the upload now or add the .pub file later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyEntryDialog</name>
    <message>
        <source>Enter an API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts the API key Keydeck has for &quot;%2&quot;: it was deleted, reset or has expired. Paste a valid key; Keydeck checks it with the server, stores it for this account and carries on. Nothing else about the account changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key you generated in the %1 console. Keydeck checks it with the server, then replaces the stored key of &quot;%2&quot; with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify and Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spheron AI keys start with &quot;sai_&quot;. Check that you copied the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES TODAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your API key expires on %1, in %n day(s). Plan its rotation now: generate a new key, update your applications, test them, then revoke the old key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your API key expires on %1, in %n day(s). Applications that use it will fail after that date: rotate it now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your API key expired on %1. Generate a new key in the console and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFiles</name>
    <message>
        <source>There is no valid key pair to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid key file name. Use a plain name such as id_ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 can be read or changed by other users; OpenSSH recommends making it private (chmod 700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named %1 already exists in %2. Confirm a backup of the existing files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free backup file name was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing file %1 could not be backed up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPairGenerator</name>
    <message>
        <source>The key pair could not be generated (libssh error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be exported (libssh error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key could not be exported (libssh error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated public key did not pass validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pair could not be generated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySwitcher</name>
    <message>
        <source>The server did not accept this key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck uses the new key for now, but could not store it: %1 Copy the key somewhere safe before you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is available for this account, so the key cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalKeys</name>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalKeysModel</name>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add a Vast.ai or Spheron AI account, or try the local demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:/icons/profile.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you add an account, its name, email, balance and teams appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSH Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:/icons/ssh-key.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you add an account, the SSH keys it lets into your GPU instances appear here. You can add, generate and remove keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:/icons/api-key.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you add an account, its API keys appear here: create, rotate and revoke them, with the active key kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Keydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keydeck %1&lt;/h3&gt;&lt;p&gt;SSH keys, API keys and profile of your GPU cloud accounts, with every secret kept in your system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session only: keys are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account lives in Keydeck&apos;s local sandbox, not at a real provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1” from Keydeck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The account itself, its SSH keys and API keys at the provider are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” was kept because its key could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Your New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Key in Keydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I Have Saved the Key, C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time the server shows this key. Copy it into your application or password manager now; Keydeck does not keep it unless you choose to use it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old key stopped working. Keydeck uses this new key from now on. Copy it now if other applications need it: the server will not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck Uses This Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingController</name>
    <message>
        <source>Go back and check that you pasted the whole key, or create a new key on the provider&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the six-digit code below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and use a key that may read your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and check that you chose the right provider for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Retry to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick call to the provider shows whether the key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works. Keydeck can now manage your %1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck starts a practice server on this computer; nothing goes to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can continue for this session only: the demo key is then kept in memory and the demo data starts afresh next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start. Keydeck could not add the demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo is running. Its %1 account is ready for you to try; nothing you do there reaches a real account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck could not add the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for SSH keys on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no SSH keys in %1 yet. Generate one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck could not check which keys are registered already. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key on this computer is registered with this account already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered with your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating a new Ed25519 key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is being generated already. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Existing Key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named %1 already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing files are renamed with a “.backup_” suffix; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key was saved as %1 and registered with your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the key. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key files were kept: press Next to register the same key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is ready. It runs on this computer only, and the window is marked “Demo” so it is never mistaken for a real account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data was reset because its key was no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is set up for this session. Its key is kept in memory and forgotten when Keydeck quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is saved. Its key is in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH key was added; you can add one on the SSH Keys tab at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;API Keys&lt;/b&gt;: create keys for scripts and tools, each with only the permissions it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;API Keys&lt;/b&gt;: see and test the stored key, note its expiry, and open the dashboard to make new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile&lt;/b&gt;: check your balance and account details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SSH Keys&lt;/b&gt;: add, copy or generate keys (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Set Up Keydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>No passphrase: anyone who gets a copy of the private key file can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak passphrase: use at least 12 characters, or several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak passphrase: it is one of the most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair passphrase: a few more characters or words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the profile from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is changed with your identity provider, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out of Two-Factor Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spheron AI has no API for your profile: your name and company are edited on the web console, and your email address with your sign-in provider (GitHub or Google).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile on the &amp;Web Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working in team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say which team is current on the web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the current team on the web console. Keydeck works in the team chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key does not belong to any team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n team(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The username cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On (legacy method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Keydeck is signed in with a two-factor session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which GPU cloud do you want to manage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vast.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Vast.ai account with its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile, SSH keys, API keys, environment variables and login sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spheron AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Spheron AI account with its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and balance, SSH keys, and your stored API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the local &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice with a local demo server; no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account needed: Keydeck runs a practice server on this computer. Its data is kept for your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo &amp;behaves like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>Paste a public key: one line that starts with its type, such as ssh-ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has several lines. Paste exactly one public key, on a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key. Never share or upload it: paste the public key instead, the one line in the matching .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line starts with authorized_keys options. Remove everything in front of the key type (such as ssh-ed25519) and paste the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a supported SSH key type. Use an Ed25519, ECDSA or RSA public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA keys (ssh-dss) are insecure and refused by current OpenSSH servers. Create an Ed25519 key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data is missing or damaged. Copy the whole line from the .pub file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data holds a %1 key, which does not match the type written in front of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data has extra bytes after the key. Copy the line from the .pub file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like the path of a file, not a key. Paste the content of the .pub file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is far too long to be an SSH public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; 3072 bits or an Ed25519 key is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationAssistantDialog</name>
    <message>
        <source>Rotate the API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the new key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the New Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the New Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the New Key in Keydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Keydeck&apos;s Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke the Old Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the new key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck creates a second key with the same permissions as the old one. The old key keeps working until the last step, so nothing breaks while you update your applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the new key into every application and environment that used the old one, for example in the %1 environment variable. The server shows this key only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the old key once everything works with the new one. Keydeck does not know which key is the old one: close this assistant and delete it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the old key (ID %1) once everything works with the new one. Anything still using it stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the Old Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key in the %1 console (Settings, API tab), then paste it here. Keydeck checks it and stores it in place of the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the New Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck already uses the new key. Put it into every application and environment that used the old one, for example in the %1 environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the old key in the %1 console once everything works with the new one. Anything still using it stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Console to Revoke the Old Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test your applications with the new key. Keydeck tests its own key with a live call to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4: generate a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4: update your applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4: test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 4: revoke the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key (ID %1) was created. Continue with the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck checked the new key, stored it and uses it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck stored the new key and uses it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: %1 accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s API page was opened in your browser. Revoke the old key there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the old API key (ID %1)? Anything still using it stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck still uses the old key (ID %1). Deleting it locks Keydeck out of this account until you enter another key. Delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Old Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key was deleted. The rotation is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key was not deleted. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name for the account; its key goes to a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be stored in your system keychain, protected by your login. Keydeck never writes it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretClipboard</name>
    <message numerus="yes">
        <source>Clearing the clipboard in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored in the system keychain for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by logging in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck was denied access to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so Keydeck cannot store keys permanently on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsService</name>
    <message>
        <source>%1 Keydeck never stores keys in a plain file. You can continue in session-only mode: the key is kept in memory until you quit Keydeck, and you will have to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session only: keys are kept in memory and forgotten when Keydeck quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Use &amp;Session-Only Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Every sign-in to the Vast.ai console creates a login session that lasts about a week. Delete the sessions you do not recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out the selected session (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out All &amp;Other Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every session except the one Keydeck uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading login sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer a list of login sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the login sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No login sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in to the Vast.ai console with this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n login session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is the session Keydeck uses. Sign out of the two-factor session from the Profile tab instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Login Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out the session on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever uses that session has to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the session on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on %1 was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every browser and device signed in with this account, except this one, has to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every browser and device signed in with this account has to sign in again. Keydeck keeps working with the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out Other Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n other session(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign out the other sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All other sessions were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeyPage</name>
    <message>
        <source>Add an SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances you rent accept logins with the SSH keys registered with your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a key from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a plain file name such as id_ed25519, without slashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeysModel</name>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds text that is not a valid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), rotate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This key is older than %n day(s). Consider rotating it: generate a new key, upload it, then delete this one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matching .pub file exists in your SSH folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .pub file in your SSH folder holds this key. It may belong to another computer, or the key pair was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeysPage</name>
    <message>
        <source>SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, type or fingerprint (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or choose a public key file (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new Ed25519 key pair on this computer and upload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected key from the account (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected public key (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key, upload it, then delete the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the keys from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload Selected Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the selected local key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spheron AI cannot edit a registered key: Keydeck adds the replacement and then deletes the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading SSH keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not manage SSH keys through its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH keys yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the public key of each computer you connect from, or generate a new key pair here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has no SSH keys, and your role cannot add any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public keys found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are matched by their key data, not by file name or comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You are a member of “%1”. Only team owners and admins can add or delete SSH keys, so those actions are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are older than %1 days. Select one and choose Rotate to replace it with a new key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are older than %1 days. Ask a team owner or admin to rotate them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your role in this team cannot manage SSH keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and uploaded its public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and uploaded its public key. The previous key was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key reaches only instances created from now on. Running instances keep their current keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the SSH key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace SSH Key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change a registered key. To replace “%2”, add the new key first; Keydeck then asks before deleting the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Replacement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace SSH Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete SSH Key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” (%2) from %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New instances will no longer get this key. Instances that already have it keep it until you remove it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Delete Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the SSH key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the public key of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Upload Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatefulView</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSwitcher</name>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a member of %1. Only owners and admins of a team can add or delete its SSH keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key belongs to one team only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorController</name>
    <message>
        <source>Sign &amp;Out of Two-Factor Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the two-factor session on the server and forget it on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with two-factor authentication for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with two-factor authentication, but the session could not be kept in the keychain: %1 You will be asked for a code again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not list sessions, so it ends the session when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign out of the two-factor session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say which session is this one, so it ends the session when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of the two-factor session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of the two-factor session on this computer. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was signed out, but its key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be read back from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <source>Two-Factor Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account uses two-factor authentication. Enter the 6-digit code from your authenticator app to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck keeps the session it receives in your keychain until it expires or you sign out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your two-factor session has expired. Enter a new 6-digit code from your authenticator app to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6 digits your authenticator app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app; if it keeps failing, check your device&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Checking the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick call to the provider shows whether the key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Keydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keydeck manages the account settings of your GPU clouds: profile, SSH keys and API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assistant connects Keydeck to your Vast.ai or Spheron AI account in a few steps. You will need an API key from the provider&apos;s web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet? Choose “Try the local demo” on the next page: Keydeck then runs a practice server on this computer, with nothing sent to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key is kept in the system keychain, never in a plain file. Nothing is saved until the key has been checked with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
