<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>balcony::app::NotificationCenter</name>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="233"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="237"/>
        <source>%n new messages</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/NotificationCenter.cpp" line="265"/>
        <location filename="../src/app/NotificationCenter.cpp" line="314"/>
        <source>%1 (%n messages)</source>
        <translation>
            <numerusform>%1 (%n message)</numerusform>
            <numerusform>%1 (%n messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::ChatWidget</name>
    <message numerus="yes">
        <location filename="../ui/ChatWidget.cpp" line="419"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::FingerprintDialog</name>
    <message numerus="yes">
        <location filename="../ui/FingerprintDialog.cpp" line="299"/>
        <source>%n new key(s).</source>
        <translation>
            <numerusform>%n new key.</numerusform>
            <numerusform>%n new keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::HistorySearchDialog</name>
    <message numerus="yes">
        <location filename="../ui/HistorySearchDialog.cpp" line="149"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::MessageView</name>
    <message numerus="yes">
        <location filename="../ui/MessageView.cpp" line="257"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::RoomBrowserDialog</name>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="164"/>
        <source>%1 has more rooms than shown here: the list stops at %n rooms.</source>
        <translation>
            <numerusform>%1 has more rooms than shown here: the list stops at %n room.</numerusform>
            <numerusform>%1 has more rooms than shown here: the list stops at %n rooms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="180"/>
        <source>%n rooms</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="182"/>
        <source>%1 of %n rooms</source>
        <translation>
            <numerusform>%1 of %n room</numerusform>
            <numerusform>%1 of %n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomBrowserDialog.cpp" line="210"/>
        <source>%1 · %n people</source>
        <translation>
            <numerusform>%1 · %n person</numerusform>
            <numerusform>%1 · %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::RoomKeysDialog</name>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="168"/>
        <source>%n device(s) NOT trusted yet</source>
        <translation>
            <numerusform>%n device NOT trusted yet</numerusform>
            <numerusform>%n devices NOT trusted yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="181"/>
        <source>%n distrusted</source>
        <translation>
            <numerusform>%n distrusted</numerusform>
            <numerusform>%n distrusted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="185"/>
        <source>%n OMEMO device(s)</source>
        <translation>
            <numerusform>%n OMEMO device</numerusform>
            <numerusform>%n OMEMO devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="213"/>
        <source>Your messages are encrypted for %n trusted device(s) of %1, and for your own other devices.</source>
        <translation>
            <numerusform>Your messages are encrypted for %n trusted device of %1, and for your own other devices.</numerusform>
            <numerusform>Your messages are encrypted for %n trusted devices of %1, and for your own other devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RoomKeysDialog.cpp" line="215"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::SubscriptionRequestsBar</name>
    <message numerus="yes">
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="183"/>
        <source>%n more request(s): answer the ones above, or put them off with Later, to see them.</source>
        <translation>
            <numerusform>%n more request: answer the ones above, or put them off with Later, to see it.</numerusform>
            <numerusform>%n more requests: answer the ones above, or put them off with Later, to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionRequestsBar.cpp" line="189"/>
        <source>Contact requests: %n</source>
        <translation>
            <numerusform>Contact requests: %n</numerusform>
            <numerusform>Contact requests: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balcony::ui::TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/TrayIcon.cpp" line="105"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
