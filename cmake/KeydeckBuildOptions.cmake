# keydeck_write_build_options(<output header> <KEYDECK_BUILD_TESTS value>)
#
# Writes KeydeckBuildOptions.h: whether this build honours the test-only environment overrides (KEYDECK_LIBSSH,
# KEYDECK_SANDBOX_MODULE; docs/SECURITY.md, "Test-only overrides"). Only a build with the test suite does; the
# release preset (KEYDECK_BUILD_TESTS=OFF), which makes the packaged binary, does not. Also used in script mode by
# cmake/CheckBuildOptions.cmake, the test that the release configuration leaves the overrides off.
function(keydeck_write_build_options output build_tests)
    if(build_tests)
        set(KEYDECK_HONOUR_TEST_OVERRIDES 1)
    else()
        set(KEYDECK_HONOUR_TEST_OVERRIDES 0)
    endif()
    configure_file("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../app/KeydeckBuildOptions.h.in" "${output}" @ONLY)
endfunction()
