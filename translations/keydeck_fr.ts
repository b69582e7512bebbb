<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</context>
</TS>
