// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/passwordkeeper.h"

#include <qt6keychain/keychain.h>

namespace aw::ui {

namespace {

const QString Service = QStringLiteral("Aktenwerk central store");

}  // namespace

PasswordKeeper::PasswordKeeper(QObject *parent)
    : QObject(parent)
{}

void PasswordKeeper::fetch(const QString &connection, std::function<void(const QString &)> done)
{
    if (m_memory.contains(connection)) {
        done(m_memory.value(connection));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(connection);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job *) {
        done(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
}

void PasswordKeeper::keep(const QString &connection, const QString &password, std::function<void(bool)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(connection);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, connection, password, done = std::move(done)](QKeychain::Job *) {
                const bool stored = job->error() == QKeychain::NoError;
                if (stored)
                    m_memory.remove(connection);
                else
                    m_memory.insert(connection, password);  // no keychain here: for this session only
                if (done)
                    done(stored);
            });
    job->start();
}

void PasswordKeeper::forget(const QString &connection)
{
    m_memory.remove(connection);
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(connection);
    job->start();
}

}  // namespace aw::ui
