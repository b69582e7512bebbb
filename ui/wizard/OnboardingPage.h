#pragma once

/** The onboarding wizard's page ids, in their order (QWizard::setPage()/nextId(), Qt License Wizard example). */
enum class OnboardingPage : int { Welcome, Provider, ApiKey, Verify, Save, SshKey, Done };
