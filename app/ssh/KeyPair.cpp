#include "ssh/KeyPair.h"

#include "ssh/SecretWipe.h"

#include <utility>

KeyPair::~KeyPair()
{
    wipe();
}

KeyPair::KeyPair(KeyPair&& other) noexcept
    : m_privateKeyPem(std::exchange(other.m_privateKeyPem, {}))
    , m_publicKey(other.m_publicKey)
    , m_encrypted(other.m_encrypted)
    , m_error(std::move(other.m_error))
{ }

KeyPair& KeyPair::operator=(KeyPair&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_privateKeyPem = std::exchange(other.m_privateKeyPem, {});
        m_publicKey = other.m_publicKey;
        m_encrypted = other.m_encrypted;
        m_error = std::move(other.m_error);
    }
    return *this;
}

KeyPair KeyPair::failed(const QString& errorMessage)
{
    KeyPair pair;
    pair.m_error = errorMessage;
    return pair;
}

KeyPair KeyPair::fromParts(QByteArray&& privateKeyPem, const PublicKey& publicKey, bool encrypted)
{
    KeyPair pair;
    pair.m_privateKeyPem = std::exchange(privateKeyPem, {});
    pair.m_publicKey = publicKey;
    pair.m_encrypted = encrypted;
    return pair;
}

void KeyPair::wipe()
{
    SecretWipe::wipe(m_privateKeyPem);
}
