# SPDX-License-Identifier: GPL-3.0-or-later
# Windows installer (WiX through CPack), with Qt's deployment step copying the Qt libraries and
# plugins next to the programs. Untested here (no Windows build machine); see README.
#   cmake -S . -B build\win -G "Ninja" -DCMAKE_BUILD_TYPE=Release -DAKTENWERK_BUILD_TESTS=OFF
#   cmake --build build\win
#   cd build\win && cpack -G WIX
set(CPACK_GENERATOR WIX)
set(CPACK_WIX_UPGRADE_GUID "5B0E6E0B-0C8E-4B9C-9E5A-3C1A4D2F7A61")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/aktenwerk.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Aktenwerk)
set(CPACK_WIX_LICENSE_RTF ${CMAKE_CURRENT_LIST_DIR}/license.rtf)
set(CPACK_PACKAGE_EXECUTABLES aktenwerk Aktenwerk)
set(CPACK_CREATE_DESKTOP_LINKS aktenwerk)

# qt_generate_deploy_app_script is Qt 6.4's name (qt_generate_deploy_script from 6.5 on).
foreach(program aktenwerk aktenwerk-cli)
    qt_generate_deploy_app_script(TARGET ${program} OUTPUT_SCRIPT deploy_${program} NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${deploy_${program}})
endforeach()
