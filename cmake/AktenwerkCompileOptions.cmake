# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide strictness, applied to every target through one interface library.
add_library(aktenwerk_options INTERFACE)
target_compile_definitions(aktenwerk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    AKTENWERK_VERSION="${PROJECT_VERSION}")
target_compile_options(aktenwerk_options INTERFACE -Wall -Wextra -Wpedantic)
if(AKTENWERK_WERROR)
    target_compile_options(aktenwerk_options INTERFACE -Werror)
endif()
if(AKTENWERK_FUZZ)
    # Coverage for libFuzzer in every library, so the fuzzers see into the parsers they drive.
    target_compile_options(aktenwerk_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(aktenwerk_options INTERFACE -fsanitize=address,undefined)
endif()
if(AKTENWERK_ASAN)
    target_compile_options(aktenwerk_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(aktenwerk_options INTERFACE -fsanitize=address,undefined)
endif()

# aktenwerk_add_module(NAME SOURCES ... LIBS ...): one static library per modules/<name>.
function(aktenwerk_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(aw_${name} STATIC ${ARG_SOURCES})
    target_include_directories(aw_${name} PUBLIC ${PROJECT_SOURCE_DIR}/modules)
    target_link_libraries(aw_${name} PUBLIC aktenwerk_options ${ARG_LIBS})
endfunction()

# aktenwerk_add_migrations(TARGET KIND): embeds schema/<KIND>/*.sql into TARGET as :/schema/<KIND>/.
function(aktenwerk_add_migrations target kind)
    file(GLOB migrations RELATIVE ${PROJECT_SOURCE_DIR}/schema/${kind} CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/schema/${kind}/*.sql)
    list(TRANSFORM migrations PREPEND ${PROJECT_SOURCE_DIR}/schema/${kind}/)
    qt_add_resources(${target} ${target}_schema_${kind}
        PREFIX /schema/${kind}
        BASE ${PROJECT_SOURCE_DIR}/schema/${kind}
        FILES ${migrations})
endfunction()
