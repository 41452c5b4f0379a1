#pragma once

#include <QString>

class QWidget;

namespace tj {

class Database;

/// Writes a PNG of every screen to `dir` (hidden --screenshot option, run under xvfb-run for the
/// documentation). Shows dialogs filled with sample input but never submits them.
bool takeScreenshots(Database &db, const QString &dir);

/// Shows the widget, lets it lay out and paint, and writes DIR/NAME.png.
bool saveScreen(QWidget *w, const QString &dir, const QString &name);
/// The attachments tab, the judge's confirmation queue and the agreement tab, taken on a copy
/// of the database where sample files and applications are added (screenshots_files.cpp).
bool shootFilesAndConfirmations(Database &db, const QString &dir);
/// The administration desk's sections, the deadlines page, the statistics dashboard and the
/// transfer, settings and ledger import dialogs (screenshots_desks.cpp).
bool shootDesks(Database &db, const QString &dir);

} // namespace tj
