# ctest deb_package_contents: builds the .deb with CPack into a scratch folder, checks that it holds what
# cmake --install promises, and starts the packaged binary from the unpacked tree.
#   cmake -DBINARY_DIR=<build> -DAPP_ID=io.keydeck.Keydeck -DMODULE=<libdir>/keydeck/keydeck-demo-sandbox.so
#         -P cmake/CheckDebPackage.cmake
if(NOT BINARY_DIR OR NOT APP_ID OR NOT MODULE MATCHES "/keydeck-demo-sandbox")
    message(FATAL_ERROR "usage: cmake -DBINARY_DIR=… -DAPP_ID=… -DMODULE=<libdir>/keydeck/<module file> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
set(_work "${BINARY_DIR}/deb-check")
file(REMOVE_RECURSE "${_work}")
file(MAKE_DIRECTORY "${_work}")

execute_process(COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB -B "${_work}" --config "${BINARY_DIR}/CPackConfig.cmake"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed (${_rc}):\n${_out}")
endif()
file(GLOB _debs "${_work}/*.deb")
list(LENGTH _debs _count)
if(NOT _count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${_work}, found ${_count}:\n${_out}")
endif()
message(STATUS "package: ${_debs}")

execute_process(COMMAND dpkg-deb -c "${_debs}" RESULT_VARIABLE _rc OUTPUT_VARIABLE _listing ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed: ${_err}")
endif()
message(STATUS "contents:\n${_listing}")
foreach(_path
        "./usr/bin/keydeck"
        "./usr/share/applications/${APP_ID}.desktop"
        "./usr/share/metainfo/${APP_ID}.metainfo.xml"
        "./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
        "./usr/share/keydeck/translations/keydeck_de.qm"
        "./usr/${MODULE}")
    string(FIND "${_listing}" "${_path}" _at)
    if(_at EQUAL -1)
        message(FATAL_ERROR "the .deb lacks ${_path}")
    endif()
endforeach()

execute_process(COMMAND dpkg-deb -f "${_debs}" Package Depends RESULT_VARIABLE _rc OUTPUT_VARIABLE _fields)
message(STATUS "control:\n${_fields}")
foreach(_dep "libqt6widgets6" "libssh-4" "libqt6sql6-sqlite" "libqt6svg6" "libqt6httpserver6" "libzxcvbn0" "libqt6dbus6" "libsimdjson14")
    string(FIND "${_fields}" "${_dep}" _at)
    if(_at EQUAL -1)
        message(FATAL_ERROR "Depends lacks ${_dep}")
    endif()
endforeach()

# "Starts": the packaged binary runs from the unpacked tree (no root needed to dpkg -i it here).
execute_process(COMMAND dpkg-deb -x "${_debs}" "${_work}/root" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed")
endif()
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND "${_work}/root/usr/bin/keydeck" --version RESULT_VARIABLE _rc OUTPUT_VARIABLE _version
                ERROR_VARIABLE _err TIMEOUT 30)
if(NOT _rc EQUAL 0 OR NOT _version MATCHES "[0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "the packaged keydeck --version failed (${_rc}): ${_version}${_err}")
endif()
message(STATUS "packaged keydeck --version: ${_version}")

# The packaged demo finds its sandbox module where it was installed (demo/DemoSandbox.cpp), with nothing set to
# point at it: the demo server logs its module and address, then the run is ended by the timeout.
set(ENV{HOME} "${_work}/home")
set(ENV{XDG_CONFIG_HOME} "${_work}/home/.config")
set(ENV{XDG_DATA_HOME} "${_work}/home/.local/share")
set(ENV{XDG_CACHE_HOME} "${_work}/home/.cache")
unset(ENV{KEYDECK_SANDBOX_MODULE})
file(MAKE_DIRECTORY "${_work}/home")
execute_process(COMMAND "${_work}/root/usr/bin/keydeck" --demo vast RESULT_VARIABLE _rc OUTPUT_VARIABLE _out
                ERROR_VARIABLE _out TIMEOUT 10)
if(NOT _out MATCHES "demo sandbox module: [^\n]*/root/usr/${MODULE}" OR NOT _out MATCHES "demo sandbox on \"?http://127\.0\.0\.1:")
    message(FATAL_ERROR "the packaged keydeck --demo vast did not start the sandbox from its module (${_rc}):\n${_out}")
endif()
message(STATUS "packaged demo: the sandbox started from /usr/${MODULE}")
file(REMOVE_RECURSE "${_work}")
