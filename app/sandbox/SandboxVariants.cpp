#include "sandbox/SandboxVariants.h"

const QList<SandboxVariants::Known>& SandboxVariants::known()
{
    static const QList<Known> variants {
        {QStringLiteral("vast-429"),
         {QStringLiteral("threshold-body"), QStringLiteral("retry-after")},
         QStringLiteral("How a Vast.ai 429 says when to retry: the endpoint threshold in a plain-text body (what the "
                        "docs show), or a Retry-After header (docs/api/vast.md §2.2).")},
        {QStringLiteral("vast-ssh-create"),
         {QStringLiteral("personal"), QStringLiteral("team-context")},
         QStringLiteral(
             "Whether Vast.ai creates SSH keys for the calling key: always (personal context), or never "
             "in a team context, answering 400 team_ssh_keys_not_supported (docs/api/vast-endpoints.md §3.2).")},
        {QStringLiteral("spheron-list"),
         {QStringLiteral("all-teams"), QStringLiteral("current-team"), QStringLiteral("no-public-key")},
         QStringLiteral("Which keys GET /api/ssh-keys answers: every team's (the one asked for with ?teamId), only "
                        "the current team's whatever is asked, or every team's without publicKey and teamId, "
                        "which only GET /api/ssh-keys/{id} carries (docs/api/spheron.md §2.1).")},
        {QStringLiteral("vast-env-value"),
         {QStringLiteral("pattern"), QStringLiteral("any")},
         QStringLiteral("Which environment variable values Vast.ai accepts: only the spec's create pattern "
                        "[A-Za-z0-9_.-], or any text, as the CLI assumes (docs/api/vast-endpoints.md §3.3).")},
        {QStringLiteral("vast-slash"),
         {QStringLiteral("both"), QStringLiteral("redirect-same"), QStringLiteral("redirect-other"),
          QStringLiteral("redirect-insecure")},
         QStringLiteral("How Vast.ai answers GET /users/current without the trailing slash (what the CLI sends): "
                        "as with it, with a redirect to the slashed path on the same origin, with a redirect to "
                        "another origin, or with a redirect to plain http:// on the same host (docs/api/vast.md "
                        "§1.1).")},
        {QStringLiteral("list-items"),
         {QStringLiteral("clean"), QStringLiteral("odd")},
         QStringLiteral("Whether list answers also carry items whose fields have types no reference lists (an SSH "
                        "key whose text is a number, a non-string rights, a number as an env value, a session "
                        "without an id, an object teamId), and the readable odd forms (permissions as the string "
                        "\"null\", a null env value); issue 19 item 4, docs/api/vast.md \"Tolerant lists\".")},
        {QStringLiteral("reset-answer"),
         {QStringLiteral("new_api_key"), QStringLiteral("key"), QStringLiteral("none")},
         QStringLiteral("What a Vast.ai key reset answers: {success, new_api_key} (the current CLI), {sent, key} (a "
                        "removed older spec), or {success, msg} with no key, the new one to be read on the website "
                        "(docs/api/vast-endpoints.md §3.1).")},
        {QStringLiteral("reset-rotates"),
         {QStringLiteral("caller"), QStringLiteral("main")},
         QStringLiteral(
             "Which key a Vast.ai key reset replaces: the calling key (a session: the main key), or "
             "always the account's main key, even when a restricted key calls (docs/api/vast-endpoints.md §3.1).")},
        {QStringLiteral("session-expired"),
         {QStringLiteral("404"), QStringLiteral("401")},
         QStringLiteral("What an expired or deleted 2FA session key gets: 404 \"Session expired. Please log in "
                        "again.\", or 401 \"Invalid user key\"; the CLI treats both as the end of the session "
                        "(docs/api/vast.md §2.4).")},
        {QStringLiteral("tfa-refusal"),
         {QStringLiteral("400"), QStringLiteral("401")},
         QStringLiteral("The HTTP status of a refused 2FA verification (wrong code, lockout, expired SMS code): 400 "
                        "or 401; the body's error (2fa_verification_failed, tfa_locked, 2fa_expired) is the same "
                        "(docs/api/vast-endpoints.md §3.7).")},
        {QStringLiteral("tfa-status"),
         {QStringLiteral("open"), QStringLiteral("session-only")},
         QStringLiteral("Whether a 2FA account's plain API key may read GET /tfa/status/ (the method ids sign-in "
                        "takes) before it has a session, or only a session may (docs/api/vast-endpoints.md §3.7).")},
        {QStringLiteral("sessions-delete-body"),
         {QStringLiteral("honoured"), QStringLiteral("ignored")},
         QStringLiteral(
             "Whether DELETE /auth/sessions/ reads its body ({\"id\"} or {\"all_except_current\"}), or "
             "ignores it and ends the session the call comes from, if any (docs/api/vast-endpoints.md §3.5).")},
        {QStringLiteral("vast-audit-log"),
         {QStringLiteral("cli"), QStringLiteral("detailed")},
         QStringLiteral("What GET /audit_logs/ answers: a bare list of the five columns the CLI shows (ip_address, "
                        "api_key_id, created_at as text, api_route, args as JSON text), or {\"audit_logs\": [...]} "
                        "whose entries also carry id, method and user_agent, with created_at in Unix seconds and args "
                        "an object (docs/api/vast-endpoints.md §3.8).")},
    };
    return variants;
}

bool SandboxVariants::set(const QString& name, const QString& value, QString* error)
{
    for (const Known& variant : known()) {
        if (variant.name != name)
            continue;
        if (!variant.values.contains(value)) {
            if (error) {
                *error = QStringLiteral("The variant %1 takes one of %2, not \"%3\".")
                             .arg(name, variant.values.join(QStringLiteral(", ")), value);
            }
            return false;
        }
        m_chosen.insert(name, value);
        return true;
    }
    if (error)
        *error = QStringLiteral("There is no variant named \"%1\".").arg(name);
    return false;
}

bool SandboxVariants::parse(const QString& assignment, QString* error)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        if (error)
            *error = QStringLiteral("Write a variant as NAME=VALUE, not \"%1\".").arg(assignment);
        return false;
    }
    return set(assignment.left(equals).trimmed(), assignment.mid(equals + 1).trimmed(), error);
}

QString SandboxVariants::value(const QString& name) const
{
    if (const auto it = m_chosen.constFind(name); it != m_chosen.constEnd())
        return *it;
    for (const Known& variant : known()) {
        if (variant.name == name)
            return variant.values.value(0);
    }
    return {};
}
