# Translations: lupdate only scans the sources it is given, so hand it every library source
# (qt-libs-pitfalls §6).
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
qt_add_translations(keydeck_ui
    TS_FILES translations/keydeck_de.ts translations/keydeck_fr.ts
    SOURCES ${_keydeck_i18n_sources}
    LUPDATE_OPTIONS -no-obsolete -locations none)
