# Installation (GNUInstallDirs), desktop integration and the CPack .deb.
#   cmake --install build/release --prefix /usr        binary, icon, desktop file, metainfo, translations
#   (cd build/release && cpack -G DEB)                  keydeck_<version>_<arch>.deb
set(KEYDECK_APP_ID "io.keydeck.Keydeck")
# KEYDECK_HOMEPAGE_URL is set in the top CMakeLists.txt: About shows it too.
set(KEYDECK_SCREENSHOT_BASE_URL "https://keydeck.io/screenshots" CACHE STRING
    "Where docs/screenshots/ is published; the AppStream metainfo points its screenshots there")

install(TARGETS keydeck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} BUNDLE DESTINATION .)

# The icon is installed under the desktop id so that Icon= in the desktop file and the metainfo find it.
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/keydeck.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${KEYDECK_APP_ID}.svg")
install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${KEYDECK_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")

configure_file("${PROJECT_SOURCE_DIR}/resources/desktop/${KEYDECK_APP_ID}.metainfo.xml.in"
               "${PROJECT_BINARY_DIR}/${KEYDECK_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/${KEYDECK_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# Keydeck loads its catalogues from the embedded :/i18n resource; the .qm files are installed as well so
# that distributions and translators find them in the usual place.
file(GLOB _keydeck_ts_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/translations/keydeck_*.ts")
foreach(_ts IN LISTS _keydeck_ts_files)
    get_filename_component(_qm_name "${_ts}" NAME_WE)
    install(FILES "${PROJECT_BINARY_DIR}/${_qm_name}.qm" DESTINATION "${CMAKE_INSTALL_DATADIR}/keydeck/translations")
endforeach()

set(CPACK_PACKAGE_NAME keydeck)
set(CPACK_PACKAGE_VENDOR "Keydeck")
set(CPACK_PACKAGE_CONTACT "Keydeck developers <keydeck@keydeck.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${KEYDECK_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY keydeck)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Libraries loaded at run time, so dpkg-shlibdeps cannot see them: libssh (ssh/LibSsh opens it on first use), the
# SQLite driver (sandbox), the SVG icon engine (the icons Qt draws) and a Secret Service for the keychain. The demo's
# sandbox module is in the package, so dpkg-shlibdeps finds what it links (QtHttpServer, QtSql).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libssh-4 (>= 0.10), libqt6sql6-sqlite, libqt6svg6, libqrencode4 (>= 4.0)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Account settings for GPU clouds (Vast.ai, Spheron AI)\n Manages the profile, SSH keys and API keys of Vast.ai and Spheron AI accounts.\n API keys are kept in the system keychain; Ed25519 keys are generated locally.\n A built-in sandbox emulates both APIs for a demo.")
include(CPack)

# Desktop integration checks (label "packaging"): the desktop file and the metainfo validate, and the .deb
# holds what cmake --install promises. They run only where the validators are installed (scripts/install-deps).
if(KEYDECK_BUILD_TESTS)
    enable_testing()
    find_program(KEYDECK_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(KEYDECK_APPSTREAMCLI appstreamcli)
    if(KEYDECK_DESKTOP_FILE_VALIDATE)
        add_test(NAME desktop_file_validates
                 COMMAND "${KEYDECK_DESKTOP_FILE_VALIDATE}"
                         "${PROJECT_SOURCE_DIR}/resources/desktop/${KEYDECK_APP_ID}.desktop")
        # desktop-file-validate exits 0 on hints; hints are treated as failures to keep the file clean.
        set_tests_properties(desktop_file_validates PROPERTIES LABELS packaging FAIL_REGULAR_EXPRESSION "hint:|error:|warning:")
    endif()
    if(KEYDECK_APPSTREAMCLI)
        add_test(NAME metainfo_validates
                 COMMAND "${KEYDECK_APPSTREAMCLI}" validate --no-net --pedantic
                         "${PROJECT_BINARY_DIR}/${KEYDECK_APP_ID}.metainfo.xml")
        set_tests_properties(metainfo_validates PROPERTIES LABELS packaging)
    endif()
    add_test(NAME deb_package_contents
             COMMAND "${CMAKE_COMMAND}" -DBINARY_DIR=${PROJECT_BINARY_DIR} -DAPP_ID=${KEYDECK_APP_ID}
                     -DMODULE=${KEYDECK_INSTALL_MODULEDIR}/$<TARGET_FILE_NAME:keydeck_sandbox_module>
                     -P "${PROJECT_SOURCE_DIR}/cmake/CheckDebPackage.cmake")
    set_tests_properties(deb_package_contents PROPERTIES LABELS packaging TIMEOUT 300)
endif()
