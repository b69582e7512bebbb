# Installation (GNUInstallDirs) and packaging.
install(TARGETS keydeck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} BUNDLE DESTINATION .)
