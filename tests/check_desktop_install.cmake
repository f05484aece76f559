# Installs the build into a scratch prefix and checks that a desktop would find the program.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(file
        share/applications/io.github.shmchat.ShmChat.desktop
        share/metainfo/io.github.shmchat.ShmChat.metainfo.xml
        share/icons/hicolor/scalable/apps/io.github.shmchat.ShmChat.svg)
    if(NOT EXISTS "${PREFIX}/${file}")
        file(REMOVE_RECURSE "${PREFIX}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
file(READ "${PREFIX}/share/applications/io.github.shmchat.ShmChat.desktop" desktop)
if(NOT desktop MATCHES "\nExec=shmchat" OR NOT desktop MATCHES "\nIcon=io.github.shmchat.ShmChat")
    file(REMOVE_RECURSE "${PREFIX}")
    message(FATAL_ERROR "the .desktop file does not launch shmchat with its icon")
endif()
# Validated where the tools are installed (desktop-file-utils, appstream).
find_program(DESKTOP_VALIDATE desktop-file-validate)
if(DESKTOP_VALIDATE)
    execute_process(COMMAND ${DESKTOP_VALIDATE} "${PREFIX}/share/applications/io.github.shmchat.ShmChat.desktop"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        file(REMOVE_RECURSE "${PREFIX}")
        message(FATAL_ERROR "desktop-file-validate refused the .desktop file")
    endif()
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic
        "${PREFIX}/share/metainfo/io.github.shmchat.ShmChat.metainfo.xml" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        file(REMOVE_RECURSE "${PREFIX}")
        message(FATAL_ERROR "appstreamcli refused the metainfo file")
    endif()
endif()
file(REMOVE_RECURSE "${PREFIX}")
