<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddEverywhereDialog</name>
    <message numerus="yes">
        <source>Looking in %n account(s)…</source>
        <translation>
            <numerusform>Looking in %n account…</numerusform>
            <numerusform>Looking in %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is missing in %n place(s).</source>
        <translation>
            <numerusform>The key is missing in %n place.</numerusform>
            <numerusform>The key is missing in %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding the key in %n place(s)…</source>
        <translation>
            <numerusform>Adding the key in %n place…</numerusform>
            <numerusform>Adding the key in %n places…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %n place(s) again…</source>
        <translation>
            <numerusform>Trying %n place again…</numerusform>
            <numerusform>Trying %n places again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is registered in %n place(s).</source>
        <translation>
            <numerusform>The key is registered in %n place.</numerusform>
            <numerusform>The key is registered in %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) may still lack it: Retry looks there and adds it only where it is missing.</source>
        <translation>
            <numerusform>%n place may still lack it: Retry looks there and adds it only where it is missing.</numerusform>
            <numerusform>%n places may still lack it: Retry looks there and adds it only where it is missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddSshKeyDialog</name>
    <message numerus="yes">
        <source>%1 (%2, %n bit(s))</source>
        <translation>
            <numerusform>%1 (%2, %n bit)</numerusform>
            <numerusform>%1 (%2, %n bits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The server received too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>The server received too many requests. Try again in %n second.</numerusform>
            <numerusform>The server received too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message numerus="yes">
        <source>Keydeck found %n %1 key(s) on this computer. Use one to skip copying; the original stays where it is.</source>
        <translation>
            <numerusform>Keydeck found %n %1 key on this computer. Use it to skip copying; the original stays where it is.</numerusform>
            <numerusform>Keydeck found %n %1 keys on this computer. Use one to skip copying; the original stays where it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyPermissions</name>
    <message numerus="yes">
        <source>Read only: %1 of %n permission(s).</source>
        <translation>
            <numerusform>Read only: %1 of %n permission.</numerusform>
            <numerusform>Read only: %1 of %n permissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCodesDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvVarRules</name>
    <message numerus="yes">
        <source>The name is too long: at most %n characters are allowed.</source>
        <translation>
            <numerusform>The name is too long: at most %n character is allowed.</numerusform>
            <numerusform>The name is too long: at most %n characters are allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvVarsPage</name>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n environment variable(s).</source>
        <translation>
            <numerusform>Loaded %n environment variable.</numerusform>
            <numerusform>Loaded %n environment variables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n variable(s)</source>
        <translation>
            <numerusform>%1 of %n variable</numerusform>
            <numerusform>%1 of %n variables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EverywhereText</name>
    <message numerus="yes">
        <source>%n account(s) not looked in, because Keydeck could not open them: %1.</source>
        <translation>
            <numerusform>%n account not looked in, because Keydeck could not open it: %1.</numerusform>
            <numerusform>%n accounts not looked in, because Keydeck could not open them: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message numerus="yes">
        <source>One key is registered %n times, as %1: remove the extra entries so that removing the key once really removes it.</source>
        <translation>
            <numerusform>One key is registered %n time, as %1.</numerusform>
            <numerusform>One key is registered %n times, as %1: remove the extra entries so that removing the key once really removes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API key expires on %1, in %n day(s): create a new one before it stops working.</source>
        <translation>
            <numerusform>The API key expires on %1, in %n day: create a new one before it stops working.</numerusform>
            <numerusform>The API key expires on %1, in %n days: create a new one before it stops working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account is signed in on %n other device(s), the newest %1: sign out the ones you do not recognize.</source>
        <translation>
            <numerusform>The account is signed in on %n other device, %1: sign it out if you do not recognize it.</numerusform>
            <numerusform>The account is signed in on %n other devices, the newest %1: sign out the ones you do not recognize.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The SSH key %1 is registered in all %n accounts: if it is lost, every account is open. Use different keys for different services.</source>
        <translation>
            <numerusform>The SSH key %1 is registered in %n account: if it is lost, that account is open. Use different keys for different services.</numerusform>
            <numerusform>The SSH key %1 is registered in all %n accounts: if it is lost, every account is open. Use different keys for different services.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message numerus="yes">
        <source>Your API key expires on %1, in %n day(s). Plan its rotation now: generate a new key, update your applications, test them, then revoke the old key.</source>
        <translation>
            <numerusform>Your API key expires on %1, in %n day. Plan its rotation now: generate a new key, update your applications, test them, then revoke the old key.</numerusform>
            <numerusform>Your API key expires on %1, in %n days. Plan its rotation now: generate a new key, update your applications, test them, then revoke the old key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your API key expires on %1, in %n day(s). Applications that use it will fail after that date: rotate it now.</source>
        <translation>
            <numerusform>Your API key expires on %1, in %n day. Applications that use it will fail after that date: rotate it now.</numerusform>
            <numerusform>Your API key expires on %1, in %n days. Applications that use it will fail after that date: rotate it now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n new security finding(s) since the overview was last shown.</source>
        <translation>
            <numerusform>%n new security finding since the overview was last shown.</numerusform>
            <numerusform>%n new security findings since the overview was last shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s)</source>
        <translation>
            <numerusform>about %n month</numerusform>
            <numerusform>about %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message numerus="yes">
        <source>Loaded %n team(s).</source>
        <translation>
            <numerusform>Loaded %n team.</numerusform>
            <numerusform>Loaded %n teams.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEverywhereDialog</name>
    <message numerus="yes">
        <source>Looking in %n account(s)…</source>
        <translation>
            <numerusform>Looking in %n account…</numerusform>
            <numerusform>Looking in %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is registered in %n place(s).</source>
        <translation>
            <numerusform>The key is registered in %n place.</numerusform>
            <numerusform>The key is registered in %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered key(s) could not be compared: their text is missing or unreadable.</source>
        <translation>
            <numerusform>%n registered key could not be compared: its text is missing or unreadable.</numerusform>
            <numerusform>%n registered keys could not be compared: their text is missing or unreadable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the key %1 from %n place(s)?</source>
        <translation>
            <numerusform>Remove the key %1 from %n place?</numerusform>
            <numerusform>Remove the key %1 from %n places?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing the key from %n place(s)…</source>
        <translation>
            <numerusform>Removing the key from %n place…</numerusform>
            <numerusform>Removing the key from %n places…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %n place(s) again…</source>
        <translation>
            <numerusform>Trying %n place again…</numerusform>
            <numerusform>Trying %n places again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is gone from %n place(s).</source>
        <translation>
            <numerusform>The key is gone from %n place.</numerusform>
            <numerusform>The key is gone from %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) may still have it: Retry tries them again.</source>
        <translation>
            <numerusform>%n place may still have it: Retry tries it again.</numerusform>
            <numerusform>%n places may still have it: Retry tries them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretClipboard</name>
    <message numerus="yes">
        <source>Clearing the clipboard in %n second(s)…</source>
        <translation>
            <numerusform>Clearing the clipboard in %n second…</numerusform>
            <numerusform>Clearing the clipboard in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message numerus="yes">
        <source>Ignored and S&amp;noozed (%n)</source>
        <translation>
            <numerusform>Ignored and S&amp;noozed (%n)</numerusform>
            <numerusform>Ignored and S&amp;noozed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) on this computer.</source>
        <translation>
            <numerusform>%n finding on this computer.</numerusform>
            <numerusform>%n findings on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1.</source>
        <translation>
            <numerusform>%n finding in %1.</numerusform>
            <numerusform>%n findings in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1 and on this computer.</source>
        <translation>
            <numerusform>%n finding in %1 and on this computer.</numerusform>
            <numerusform>%n findings in %1 and on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n More</source>
        <translation>
            <numerusform>Show %n More</numerusform>
            <numerusform>Show %n More</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) of this kind</source>
        <translation>
            <numerusform>%n more finding of this kind</numerusform>
            <numerusform>%n more findings of this kind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityReminders</name>
    <message numerus="yes">
        <source>Keydeck found %n new security finding(s)</source>
        <translation>
            <numerusform>Keydeck found %n new security finding</numerusform>
            <numerusform>Keydeck found %n new security findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
And %n more in the Security overview.</source>
        <translation>
            <numerusform>%1
And %n more in the Security overview.</numerusform>
            <numerusform>%1
And %n more in the Security overview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n active session</numerusform>
            <numerusform>%n active sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n login session(s).</source>
        <translation>
            <numerusform>Loaded %n login session.</numerusform>
            <numerusform>Loaded %n login sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign out %n other session(s)?</source>
        <translation>
            <numerusform>Sign out %n other session?</numerusform>
            <numerusform>Sign out %n other sessions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are still listed although the server answered that they were signed out.</source>
        <translation>
            <numerusform>%n session is still listed although the server answered that it was signed out.</numerusform>
            <numerusform>%n sessions are still listed although the server answered that they were signed out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshKeysModel</name>
    <message numerus="yes">
        <source>%n day(s), rotate</source>
        <translation>
            <numerusform>%n day, rotate</numerusform>
            <numerusform>%n days, rotate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This key is older than %n day(s). Consider rotating it: generate a new key, upload it, then delete this one.</source>
        <translation>
            <numerusform>This key is older than %n day. Consider rotating it: generate a new key, upload it, then delete this one.</numerusform>
            <numerusform>This key is older than %n days. Consider rotating it: generate a new key, upload it, then delete this one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s).</source>
        <translation>
            <numerusform>Older than %n day.</numerusform>
            <numerusform>Older than %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SshKeysPage</name>
    <message numerus="yes">
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 of %n key</numerusform>
            <numerusform>%1 of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are older than %1 days. Select one and choose Rotate to replace it with a new key.</source>
        <translation>
            <numerusform>%n key is older than %1 days. Select it and choose Rotate to replace it with a new key.</numerusform>
            <numerusform>%n keys are older than %1 days. Select one and choose Rotate to replace it with a new key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) are older than %1 days. Ask a team owner or admin to rotate them.</source>
        <translation>
            <numerusform>%n key is older than %1 days. Ask a team owner or admin to rotate it.</numerusform>
            <numerusform>%n keys are older than %1 days. Ask a team owner or admin to rotate them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatefulView</name>
    <message numerus="yes">
        <source>%n item(s) in the server&apos;s answer could not be read and are not shown.</source>
        <translation>
            <numerusform>%n item in the server&apos;s answer could not be read and is not shown.</numerusform>
            <numerusform>%n items in the server&apos;s answer could not be read and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message numerus="yes">
        <source>Signed in with a backup code; %n backup code(s) left.</source>
        <translation>
            <numerusform>Signed in with a backup code; %n backup code left.</numerusform>
            <numerusform>Signed in with a backup code; %n backup codes left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a backup code. Only %n backup code(s) are left.</source>
        <translation>
            <numerusform>You signed in with a backup code. Only %n backup code is left.</numerusform>
            <numerusform>You signed in with a backup code. Only %n backup codes are left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message numerus="yes">
        <source>Two-factor authentication is on with %n method(s).</source>
        <translation>
            <numerusform>Two-factor authentication is on with %n method.</numerusform>
            <numerusform>Two-factor authentication is on with %n methods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n backup code(s) left: make new ones before you run out.</source>
        <translation>
            <numerusform>Only %n backup code left: make new ones before you run out.</numerusform>
            <numerusform>Only %n backup codes left: make new ones before you run out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup code(s) left.</source>
        <translation>
            <numerusform>%n backup code left.</numerusform>
            <numerusform>%n backup codes left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VastKeysPanel</name>
    <message numerus="yes">
        <source>%n API key(s).</source>
        <translation>
            <numerusform>%n API key.</numerusform>
            <numerusform>%n API keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n API key</numerusform>
            <numerusform>%n API keys</numerusform>
        </translation>
    </message>
</context>
</TS>
