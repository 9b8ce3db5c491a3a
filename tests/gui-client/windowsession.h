// For the window tests: one person's ChatClient and MainWindow, logged in to a real server and showing the lobby.
#pragma once

#include "filecard.h"
#include "mainwindow.h"
#include "trusttestserver.h"

#include <QSignalSpy>
#include <QTest>
#include <chrono>
#include <memory>

struct WindowSession
{
    std::unique_ptr<ChatClient> client = std::make_unique<ChatClient>();
    std::unique_ptr<MainWindow> window;

    // Registers (or logs in) on 127.0.0.1:port and waits until the lobby and its history are shown; null if not.
    static std::unique_ptr<WindowSession> open(const QString &name, quint16 port, bool registering = true,
                                               std::chrono::milliseconds firstDelay = std::chrono::milliseconds(100),
                                               std::chrono::milliseconds maxDelay = std::chrono::milliseconds(400),
                                               const QString &device = QString())
    {
        using namespace Qt::Literals::StringLiterals;
        auto p = std::make_unique<WindowSession>();
        p->client->setReconnectDelays(firstDelay, maxDelay);
        p->client->setDevice(device);
        p->window = std::make_unique<MainWindow>(*p->client);
        trustTestServer(*p->client);
        QSignalSpy ok(p->client.get(), &ChatClient::authenticated);
        QSignalSpy history(p->client.get(), &ChatClient::historyReceived);
        p->client->start(u"127.0.0.1"_s, port,
                         registering ? ChatClient::AuthMode::Register : ChatClient::AuthMode::Login, name,
                         u"password123"_s);
        if (!ok.wait(10000))
            return nullptr;
        p->window->show();
        if (!QTest::qWaitFor([&] { return p->window->currentRoom() == u"lobby"_s && !history.isEmpty(); }, 5000))
            return nullptr;
        return p;
    }

    // Logs in an existing account on a named device.
    static std::unique_ptr<WindowSession> device(const QString &name, quint16 port, const QString &device)
    {
        return open(name, port, false, std::chrono::milliseconds(100), std::chrono::milliseconds(400), device);
    }
};

// The rows of a model whose text contains text (and, if given, of that kind).
inline QList<int> rowsWith(const MessageModel *model, const QString &text,
                           std::optional<MessageEntry::Kind> kind = std::nullopt)
{
    QList<int> rows;
    for (int i = 0; model && i < model->rowCount(); ++i) {
        if (model->at(i).text.contains(text) && (!kind || model->at(i).kind == *kind))
            rows << i;
    }
    return rows;
}

// The newest row of the lobby with a file of this name, or an invalid index.
inline QModelIndex rowWithFile(MainWindow &window, const QString &name)
{
    using namespace Qt::Literals::StringLiterals;
    QAbstractItemModel *model = window.model(u"lobby"_s);
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model->index(row, 0);
        const auto file = FileCard::fromVariant(index.data(MessageModel::FileRole));
        if (file && file->name == name)
            return index;
    }
    return {};
}
