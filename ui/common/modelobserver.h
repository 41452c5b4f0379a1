#pragma once

#include <functional>

class QAbstractItemModel;

namespace tj {

/// Every item model the workstation creates (TextTableModel, CaseListModel, AttachmentModel and
/// the proxies) announces itself here once it is constructed. Nobody listens in the program;
/// the test binaries attach a QAbstractItemModelTester to each (tests/testmain.cpp), so every
/// model of every GUI test is checked while the test fills, resets and changes it.
using ModelObserver = std::function<void(QAbstractItemModel *)>;

/// Replaces the observer (an empty function: none).
void setModelObserver(ModelObserver observer);
/// Called by a model at the end of its constructor.
void announceModel(QAbstractItemModel *model);

} // namespace tj
