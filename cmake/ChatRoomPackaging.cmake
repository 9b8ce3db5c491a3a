# Debian packages (cpack, or scripts/package): chatroom-server and chatroom-client, from the components the
# install rules name. dpkg-shlibdeps finds the libraries the programs link; what they load at run time
# (Qt's plugins, QCA's OpenSSL provider) is named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chatroom)
set(CPACK_PACKAGE_VENDOR "The Chat Room developers")
set(CPACK_PACKAGE_CONTACT "The Chat Room developers <chatroom@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server client)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CHATROOM_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME chatroom-server)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "self-hosted team chat - server\n Chat Room is a real-time chat system for a team, club or class: accounts,\n rooms, private messages, files and history on a server you run. This is\n the server, run as a systemd service with its settings in\n /etc/chatroom/server.conf, an admin socket, Prometheus metrics and backups.")
# The SQLite and PostgreSQL drivers of Qt SQL, QCA's OpenSSL provider, and Qt's TLS backend are plugins.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqca-qt6-plugins, libqt6network6")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql, valkey-server")
# conffiles: an upgrade keeps the administrator's settings (CPack does not mark files in /etc by itself).
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/resources/packaging/server/conffiles
    ${PROJECT_SOURCE_DIR}/resources/packaging/server/postinst
    ${PROJECT_SOURCE_DIR}/resources/packaging/server/prerm
    ${PROJECT_SOURCE_DIR}/resources/packaging/server/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME chatroom-client)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION net)
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "self-hosted team chat - desktop client\n Chat Room is a real-time chat system for a team, club or class. This is\n its Qt desktop client: rooms, people, private messages, files, images and\n voice messages, notifications, and reconnecting by itself.")
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "libqca-qt6-plugins, qt6-qpa-plugins, qt6-svg-plugins, qt6-image-formats-plugins, libqt6multimedia6")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "fonts-noto-color-emoji")

include(CPack)
