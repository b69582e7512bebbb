// Points AddressSanitizer at asan-libssh.supp in sanitizer builds; inert otherwise (the runtime looks this
// symbol up only when it is linked in). Options given in ASAN_OPTIONS still win, but scripts/test sets no
// "suppressions" there.
extern "C" __attribute__((visibility("default"), used)) const char* __asan_default_options()
{
    return "suppressions=" KEYDECK_SSH_ASAN_SUPPRESSIONS;
}
