#pragma once

#include <QString>

namespace tj {

class Database;

/// Writes a PNG of every screen to `dir` (hidden --screenshot option, run under xvfb-run for the
/// documentation). Shows dialogs filled with sample input but never submits them.
bool takeScreenshots(Database &db, const QString &dir);

} // namespace tj
