// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTime>
#include <QVariant>
#include <memory>

class QSettings;

namespace backlog {

/// The app's settings: one typed class over QSettings, with a table of key names and
/// defaults and a `changed(key)` signal. Tests give it a temporary file.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        ReminderEnabled,     ///< bool: daily reminder when today has no entry
        ReminderTime,        ///< QTime: when to remind
        StartAtLogin,        ///< bool: XDG autostart entry
        WindowGeometry,      ///< QByteArray: main window geometry
        FunctionPerActivity, ///< bool: rate each PSFS activity instead of one score
    };
    Q_ENUM(Key)

    /// Settings in the user's configuration, or in `fileName` (INI) when given.
    explicit Settings(const QString& fileName = {}, QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    static QString name(Key key);
    static QVariant defaultValue(Key key);

    bool reminderEnabled() const { return value(Key::ReminderEnabled).toBool(); }
    QTime reminderTime() const { return value(Key::ReminderTime).toTime(); }
    bool startAtLogin() const { return value(Key::StartAtLogin).toBool(); }

Q_SIGNALS:
    void changed(backlog::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace backlog
