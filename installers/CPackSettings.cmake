# Packages: .deb and .tar.gz here; NSIS (Windows) and DragNDrop (macOS) for builders on
# those systems (docs/installers.md).
set(CPACK_PACKAGE_NAME azimuth)
set(CPACK_PACKAGE_VENDOR "The Azimuth team")
set(CPACK_PACKAGE_CONTACT "The Azimuth team <team@azimuthdesigner.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://azimuthdesigner.org/")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Designer for AWS architectures: availability checks and cost")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Azimuth)
set(CPACK_PACKAGE_EXECUTABLES azimuth Azimuth)
set(CPACK_STRIP_FILES ON)

if(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_NSIS_DISPLAY_NAME Azimuth)
  set(CPACK_NSIS_PACKAGE_NAME Azimuth)
  set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/azimuth.ico)
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\azimuth.exe)
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_CREATE_ICONS_EXTRA
      "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Azimuth.lnk' '$INSTDIR\\\\bin\\\\azimuth.exe'")
  # The .azimuth file type, opened by azimuth.exe.
  set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
      "WriteRegStr HKCR '.azimuth' '' 'Azimuth.Design'\n  WriteRegStr HKCR 'Azimuth.Design' '' 'Azimuth design'\n  WriteRegStr HKCR 'Azimuth.Design\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\azimuth.exe,0'\n  WriteRegStr HKCR 'Azimuth.Design\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\azimuth.exe\" \"%1\"'")
  set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
      "DeleteRegKey HKCR '.azimuth'\n  DeleteRegKey HKCR 'Azimuth.Design'")
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME Azimuth)
  # MACOSX_BUNDLE_* values feed installers/macos/Info.plist.in (document type .azimuth).
  set(MACOSX_BUNDLE_BUNDLE_NAME Azimuth)
  set(MACOSX_BUNDLE_GUI_IDENTIFIER org.azimuthdesigner.Azimuth)
  set(MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
  set(MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
  set(MACOSX_BUNDLE_ICON_FILE azimuth.icns)
  if(TARGET azimuth)
    set(icns ${CMAKE_CURRENT_LIST_DIR}/macos/azimuth.icns)
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(azimuth PRIVATE ${icns})
    set_target_properties(azimuth PROPERTIES MACOSX_BUNDLE ON
      MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in)
    install(TARGETS azimuth BUNDLE DESTINATION .)
  endif()
else()
  set(CPACK_GENERATOR DEB TGZ)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION science)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  # Library dependencies are computed by dpkg-shlibdeps from the binary; the Qt platform
  # plugins and SVG image plugin are loaded at run time, so they are declared.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils")
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
      "Designer for AWS architectures\n Drag Regions, Availability Zones, EC2 fleets, Auto Scaling groups,\n load balancers, queues, functions, containers and databases onto a canvas;\n Azimuth checks availability and fault tolerance and charts the monthly cost.")
endif()

include(CPack)
