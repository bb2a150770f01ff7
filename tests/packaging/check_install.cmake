# SPDX-FileCopyrightText: 2026 Nianbao developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a staging folder (as a package would) and checks that every file is where
# the desktop and the program expect it, that the desktop file and the AppStream metadata pass their
# validators, and that every screenshot the installed guides show is installed.
# -D: BUILD_DIR, STAGING, APP_ID, ICON_SIZES (comma-separated), PRIVATE_DIR (the desktop program's and
# its modules' folder), DESKTOP_FILE_VALIDATE, APPSTREAMCLI.
string(REPLACE "," ";" ICON_SIZES "${ICON_SIZES}")
file(REMOVE_RECURSE ${STAGING})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGING}
    OUTPUT_QUIET RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} failed (${result})")
endif()

set(expected
    bin/nianbao
    ${PRIVATE_DIR}/nianbao-desktop
    ${PRIVATE_DIR}/libnianbao-pdf.so
    ${PRIVATE_DIR}/libnianbao-zip.so
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/nianbao.1.gz
    share/man/zh_CN/man1/nianbao.1.gz
    share/bash-completion/completions/nianbao
    share/nianbao/help/user-guide.md
    share/doc/nianbao/copyright
    share/doc/nianbao/changelog.gz
    share/doc/nianbao/README.md)
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS ${STAGING}/${file})
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "not installed:\n  ${missing}")
endif()

foreach(check
        "${DESKTOP_FILE_VALIDATE};${STAGING}/share/applications/${APP_ID}.desktop"
        "${APPSTREAMCLI};validate;--no-net;${STAGING}/share/metainfo/${APP_ID}.metainfo.xml")
    execute_process(COMMAND ${check} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    # desktop-file-validate exits 0 after warnings; a warning is as much a defect here.
    if(NOT result EQUAL 0 OR output MATCHES "(error|warning):")
        message(FATAL_ERROR "${check} failed (${result}):\n${output}")
    endif()
endforeach()

# The guides' pictures: a screenshot added to a guide but not to the install list would be a hole.
file(GLOB guides ${STAGING}/share/nianbao/help/*.md)
foreach(guide IN LISTS guides)
    file(READ ${guide} text)
    # The picture's path only: a CMake list element must not hold the link's brackets.
    string(REGEX MATCHALL "screenshots/[^]()[; \n]+\\.png" images "${text}")
    get_filename_component(directory ${guide} DIRECTORY)
    foreach(image IN LISTS images)
        if(NOT EXISTS ${directory}/${image})
            message(FATAL_ERROR "${guide} shows ${image}, which is not installed")
        endif()
    endforeach()
endforeach()
message(STATUS "installed as expected into ${STAGING}")
