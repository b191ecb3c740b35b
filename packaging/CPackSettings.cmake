# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package of BackLog, made with CPack from the installed tree:
#   cpack -G DEB            (in a configured and built tree; scripts/package.sh does it all)
# Included last from the top-level CMakeLists.txt, once every install rule is known.

set(BACKLOG_PACKAGE_MAINTAINER "BackLog developers <backlog@example.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "backlog")
set(CPACK_PACKAGE_VENDOR "BackLog developers")
set(CPACK_PACKAGE_CONTACT "${BACKLOG_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# The synopsis of the Description field (lower case, no article, no full stop) and the
# extended description below it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "diary and coach for rehabilitation of low back pain")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${CMAKE_CURRENT_LIST_DIR}/debian/description.txt")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")

# Installed under /usr, binaries stripped, directories 0755 whatever the umask.
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_NAME "backlog")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)     # backlog_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BACKLOG_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the programs link come from dpkg-shlibdeps. Qt loads some of what BackLog
# needs as plugins, which that scan cannot see: the SQLite driver of Qt SQL (the diary),
# the platform plugins beyond xcb and offscreen (in libqt6gui6 on Debian 12), and Qt's own
# translations, used by the German user interface.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n")
# Native Wayland windows; without it Qt falls back to XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")

include(CPack)
