#include "modelobserver.h"

namespace tj {

namespace {
ModelObserver &observer()
{
    static ModelObserver instance;
    return instance;
}
} // namespace

void setModelObserver(ModelObserver o)
{
    observer() = std::move(o);
}

void announceModel(QAbstractItemModel *model)
{
    if (observer())
        observer()(model);
}

} // namespace tj
