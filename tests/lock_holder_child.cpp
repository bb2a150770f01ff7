// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Holds the write lock of the SQLite database given as first argument — for the milliseconds given
// as second argument, or until its standard input closes — so that tests can see what a writer
// waiting for another one does and is told. Prints "locked" once it holds the lock.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    database.setDatabaseName(arguments.value(1));
    if (!database.open())
        return 2;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return 3;
    std::puts("locked");
    std::fflush(stdout);
    if (arguments.size() > 2) {
        QThread::msleep(arguments.at(2).toULong());
        query.exec(QStringLiteral("ROLLBACK"));
    }
    while (std::getchar() != EOF) {
    }
    query.exec(QStringLiteral("ROLLBACK"));
    return 0;
}
