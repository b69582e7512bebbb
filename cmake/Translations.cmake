# Translations: lupdate only scans the sources it is given, so hand it every library source
# (docs/LIBRARIES.md §6).
set(_keydeck_i18n_sources ui/main.cpp app/sandbox/tool/main.cpp)
foreach(_lib keydeck_core keydeck_ui)
    get_target_property(_src ${_lib} SOURCES)
    get_target_property(_dir ${_lib} SOURCE_DIR)
    foreach(_f IN LISTS _src)
        if(_f MATCHES "\\.(cpp|h|ui)$")
            if(NOT IS_ABSOLUTE "${_f}")
                set(_f "${_dir}/${_f}")
            endif()
            list(APPEND _keydeck_i18n_sources "${_f}")
        endif()
    endforeach()
endforeach()

# Full catalogs for German and French; the English catalog only holds the plural forms, so that
# "%n key(s)" reads "1 key" / "5 keys" without duplicating every English source text.
# Qt 6.4's qt_add_translations has no plural-only option (PLURALS_TS_FILE came in Qt 6.7), so the
# English catalog gets its own lupdate target; qt_add_lupdate names it after the target it is given,
# and both targets hang off the global update_translations target.
set(_keydeck_ts_full translations/keydeck_de.ts translations/keydeck_fr.ts)
set(_keydeck_ts_plurals translations/keydeck_en.ts)
set(_keydeck_lupdate_options -no-obsolete -locations none)
qt_add_lupdate(keydeck_ui
    TS_FILES ${_keydeck_ts_full}
    SOURCES ${_keydeck_i18n_sources}
    OPTIONS ${_keydeck_lupdate_options})
qt_add_lupdate(keydeck_core
    TS_FILES ${_keydeck_ts_plurals}
    SOURCES ${_keydeck_i18n_sources}
    INCLUDE_DIRECTORIES ${CMAKE_SOURCE_DIR}/app ${CMAKE_SOURCE_DIR}/ui
    OPTIONS ${_keydeck_lupdate_options} -pluralonly)
qt_add_lrelease(keydeck_ui
    TS_FILES ${_keydeck_ts_full} ${_keydeck_ts_plurals}
    QM_FILES_OUTPUT_VARIABLE _keydeck_qm_files)
# Translations::install loads the catalogs from :/i18n/keydeck_<lang>.qm.
qt_add_resources(keydeck_ui keydeck_ui_translations
    PREFIX /i18n
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${_keydeck_qm_files})
