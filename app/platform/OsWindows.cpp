// The Windows side of app/platform/Os.h. No Qt here (Os.h), so that MinGW-w64 compile-checks it on Linux
// (ctest platform_windows_compile; it is never run here). The ACL rules follow OpenSSH for Windows, which
// refuses a private key that anyone but its owner, SYSTEM or Administrators may read (docs/SECURITY.md,
// "Platforms").
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include "platform/Os.h"

#include <windows.h>

#include <aclapi.h>

#include <algorithm>
#include <memory>

namespace Os {

namespace {

std::error_code lastError()
{
    return {static_cast<int>(::GetLastError()), std::system_category()};
}

HANDLE handleOf(std::intptr_t handle)
{
    return reinterpret_cast<HANDLE>(handle);
}

constexpr std::intptr_t kNoHandle = -1; // INVALID_HANDLE_VALUE

/** The SID of the user this process runs as, from its token (not the owner of any file). */
class CurrentUser
{
public:
    CurrentUser()
    {
        HANDLE token = nullptr;
        if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
            return;
        DWORD size = 0;
        ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        m_buffer.resize(size);
        if (size == 0 || !::GetTokenInformation(token, TokenUser, m_buffer.data(), size, &size))
            m_buffer.clear();
        ::CloseHandle(token);
    }

    PSID sid() const
    {
        return m_buffer.empty() ? nullptr : reinterpret_cast<const TOKEN_USER*>(m_buffer.data())->User.Sid;
    }

private:
    std::vector<unsigned char> m_buffer; // operator new's alignment suits TOKEN_USER
};

/** Whom OpenSSH for Windows trusts with a private key besides nobody: the user, SYSTEM, Administrators. */
bool isTrusted(PSID sid, PSID user)
{
    return (user && ::EqualSid(sid, user)) || ::IsWellKnownSid(sid, WinLocalSystemSid)
        || ::IsWellKnownSid(sid, WinBuiltinAdministratorsSid);
}

/** The groups that stand for "every user", the counterpart of a POSIX mode's "others". */
bool isEveryone(PSID sid)
{
    return ::IsWellKnownSid(sid, WinWorldSid) || ::IsWellKnownSid(sid, WinAuthenticatedUserSid)
        || ::IsWellKnownSid(sid, WinBuiltinUsersSid);
}

/** For what GetNamedSecurityInfoW allocates (LocalFree is WINAPI, so not a plain function pointer on x86). */
struct LocalFreeDeleter
{
    void operator()(void* memory) const { ::LocalFree(memory); }
};

constexpr ACCESS_MASK kWriteRights = FILE_WRITE_DATA | FILE_APPEND_DATA | FILE_WRITE_EA | FILE_WRITE_ATTRIBUTES
    | FILE_DELETE_CHILD | DELETE | WRITE_DAC | WRITE_OWNER | GENERIC_WRITE | GENERIC_ALL;
constexpr ACCESS_MASK kReadRights
    = FILE_READ_DATA | FILE_READ_EA | FILE_EXECUTE | GENERIC_READ | GENERIC_EXECUTE | GENERIC_ALL;

} // namespace

void wipe(void* data, std::size_t size) noexcept
{
    if (data && size > 0)
        ::SecureZeroMemory(data, size);
}

bool disableCoreDumps()
{
    // Windows writes no core files; crash dumps are Windows Error Reporting's, a per-user system setting
    // (docs/SECURITY.md, "Core dumps").
    return true;
}

bool pathExists(const Path& path)
{
    // GetFileAttributesW describes a symbolic link itself, not its target.
    return ::GetFileAttributesW(path.c_str()) != INVALID_FILE_ATTRIBUTES;
}

bool isSymbolicLink(const Path& path)
{
    const DWORD attributes = ::GetFileAttributesW(path.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0;
}

PathSafety pathSafety(const Path& path)
{
    PathSafety safety;
    const DWORD attributes = ::GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES)
        return safety;
    safety.exists = true;
    safety.isDirectory = (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;

    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (::GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                                &owner, nullptr, &dacl, nullptr, &descriptor)
        != ERROR_SUCCESS) {
        safety.foreignOwner = true; // what cannot be checked is not trusted
        return safety;
    }
    const std::unique_ptr<void, LocalFreeDeleter> release(descriptor);
    const CurrentUser user;
    safety.foreignOwner = !owner || !isTrusted(owner, user.sid());
    if (!dacl) {
        // A NULL DACL grants everyone everything.
        safety.worldWritable = true;
        safety.readableByOthers = true;
        return safety;
    }
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void* ace = nullptr;
        if (!::GetAce(dacl, i, &ace))
            continue;
        const auto* header = static_cast<const ACE_HEADER*>(ace);
        // Deny entries only take rights away; inherit-only entries apply to children, not to this object.
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE || (header->AceFlags & INHERIT_ONLY_ACE) != 0)
            continue;
        auto* allowed = static_cast<ACCESS_ALLOWED_ACE*>(ace);
        const PSID sid = &allowed->SidStart;
        if (isTrusted(sid, user.sid()))
            continue;
        if ((allowed->Mask & kWriteRights) != 0)
            (isEveryone(sid) ? safety.worldWritable : safety.groupWritable) = true;
        if ((allowed->Mask & kReadRights) != 0)
            safety.readableByOthers = true;
    }
    return safety;
}

NewFile::NewFile(const Path& path, FileAccess access)
    : m_path(path)
    , m_handle(kNoHandle)
{
    SECURITY_ATTRIBUTES security = {};
    SECURITY_ATTRIBUTES* securityOrDefault = nullptr; // the folder's inherited ACL
    SECURITY_DESCRIPTOR descriptor = {};
    std::vector<unsigned char> aclBuffer;
    const CurrentUser user;
    if (access == FileAccess::OwnerOnly) {
        // QFile::setPermissions does not set ACLs. A protected DACL (nothing inherited) with one entry for the
        // user, who is also made the owner (an elevated administrator's files may otherwise belong to
        // Administrators), from CreateFileW on: OpenSSH's "UNPROTECTED PRIVATE KEY FILE" check then passes.
        const PSID sid = user.sid();
        if (!sid) {
            m_error = lastError();
            return;
        }
        const DWORD aclSize = sizeof(ACL) + sizeof(ACCESS_ALLOWED_ACE) - sizeof(DWORD) + ::GetLengthSid(sid);
        aclBuffer.resize(aclSize);
        const auto acl = reinterpret_cast<PACL>(aclBuffer.data());
        if (!::InitializeAcl(acl, aclSize, ACL_REVISION)
            || !::AddAccessAllowedAce(acl, ACL_REVISION, FILE_ALL_ACCESS, sid)
            || !::InitializeSecurityDescriptor(&descriptor, SECURITY_DESCRIPTOR_REVISION)
            || !::SetSecurityDescriptorOwner(&descriptor, sid, FALSE)
            || !::SetSecurityDescriptorDacl(&descriptor, TRUE, acl, FALSE)
            || !::SetSecurityDescriptorControl(&descriptor, SE_DACL_PROTECTED, SE_DACL_PROTECTED)) {
            m_error = lastError();
            return;
        }
        security.nLength = sizeof(security);
        security.lpSecurityDescriptor = &descriptor;
        security.bInheritHandle = FALSE;
        securityOrDefault = &security;
    }
    // CREATE_NEW: never an existing file, nor a symbolic link of that name; no sharing while it is written.
    const HANDLE handle
        = ::CreateFileW(path.c_str(), GENERIC_WRITE, 0, securityOrDefault, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        m_error = lastError();
        return;
    }
    m_handle = reinterpret_cast<std::intptr_t>(handle);
    m_created = true;
}

NewFile::~NewFile()
{
    if (m_handle != kNoHandle)
        ::CloseHandle(handleOf(m_handle));
    if (m_created && !m_committed)
        ::DeleteFileW(m_path.c_str());
}

bool NewFile::isOpen() const
{
    return m_handle != kNoHandle;
}

void NewFile::fail(std::error_code error)
{
    if (!m_error)
        m_error = error;
    if (m_handle != kNoHandle) {
        ::CloseHandle(handleOf(m_handle));
        m_handle = kNoHandle;
    }
    if (m_created) {
        ::DeleteFileW(m_path.c_str());
        m_created = false;
    }
}

bool NewFile::write(const void* data, std::size_t size)
{
    if (m_handle == kNoHandle)
        return false;
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(size, 1u << 30));
        DWORD written = 0;
        if (!::WriteFile(handleOf(m_handle), p, chunk, &written, nullptr) || written == 0) {
            fail(lastError());
            return false;
        }
        p += written;
        size -= written;
    }
    return true;
}

bool NewFile::commit()
{
    if (m_handle == kNoHandle)
        return false;
    if (!::FlushFileBuffers(handleOf(m_handle))) {
        fail(lastError());
        return false;
    }
    const HANDLE handle = handleOf(m_handle);
    m_handle = kNoHandle;
    if (!::CloseHandle(handle)) {
        fail(lastError());
        return false;
    }
    m_committed = true;
    return true;
}

std::vector<std::string> libsshFileNames()
{
    // vcpkg builds ssh.dll, MSYS2 libssh.dll; either is deployed next to keydeck.exe (README "Platforms").
    return {"ssh.dll", "libssh.dll"};
}

namespace {

void (*s_onRequest)() = nullptr;

BOOL WINAPI onConsoleControl(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        // Windows calls this on a thread of its own, as Os.h promises.
        s_onRequest();
        return TRUE;
    default:
        return FALSE;
    }
}

} // namespace

bool watchTerminationRequests(void (*onRequest)())
{
    if (!onRequest || s_onRequest)
        return false;
    s_onRequest = onRequest;
    return ::SetConsoleCtrlHandler(onConsoleControl, TRUE) != 0;
}

} // namespace Os
