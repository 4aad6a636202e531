<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AudienceBox</name>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers match today</source>
        <translation>
            <numerusform>%n customer matches today</numerusform>
            <numerusform>%n customers match today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message numerus="yes">
        <source>a call %n days after the message</source>
        <translation>
            <numerusform>a call %n day after the message</numerusform>
            <numerusform>a call %n days after the message</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message numerus="yes">
        <source>The number of days is from 1 to %n.</source>
        <translation>
            <numerusform>The number of days is from 1 to %n.</numerusform>
            <numerusform>The number of days is from 1 to %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract ending within %n days</source>
        <translation>
            <numerusform>Contract ending within %n day</numerusform>
            <numerusform>Contract ending within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchase for more than %n days</source>
        <translation>
            <numerusform>No purchase for more than %n day</numerusform>
            <numerusform>No purchase for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen customers</source>
        <translation>
            <numerusform>%n chosen customer</numerusform>
            <numerusform>%n chosen customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>The name is longer than %n character.</numerusform>
            <numerusform>The name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The offer is longer than %n characters.</source>
        <translation>
            <numerusform>The offer is longer than %n character.</numerusform>
            <numerusform>The offer is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A campaign lasts at most %n days.</source>
        <translation>
            <numerusform>A campaign lasts at most %n day.</numerusform>
            <numerusform>A campaign lasts at most %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A campaign has at most %n cost lines.</source>
        <translation>
            <numerusform>A campaign has at most %n cost line.</numerusform>
            <numerusform>A campaign has at most %n cost lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call comes 1 to %n days after the message.</source>
        <translation>
            <numerusform>The call comes 1 to %n day after the message.</numerusform>
            <numerusform>The call comes 1 to %n days after the message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These targets are %n customers: too many to follow up one by one. Narrow them down.</source>
        <translation>
            <numerusform>These targets are %n customer: too many to follow up one by one. Narrow them down.</numerusform>
            <numerusform>These targets are %n customers: too many to follow up one by one. Narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n characters.</source>
        <translation>
            <numerusform>The note is longer than %n character.</numerusform>
            <numerusform>The note is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerBook</name>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>%n archived</numerusform>
            <numerusform>%n archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message numerus="yes">
        <source>%n open complaints: resolve them in the history below.</source>
        <translation>
            <numerusform>%n open complaint: resolve it in the history below.</numerusform>
            <numerusform>%n open complaints: resolve them in the history below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoices</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message numerus="yes">
        <source>The email address is longer than %n characters.</source>
        <translation>
            <numerusform>The email address is longer than %n character.</numerusform>
            <numerusform>The email address is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The area is longer than %n characters.</source>
        <translation>
            <numerusform>The area is longer than %n character.</numerusform>
            <numerusform>The area is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>The name is longer than %n character.</numerusform>
            <numerusform>The name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The birthday is more than %n years ago.</source>
        <translation>
            <numerusform>The birthday is more than %n year ago.</numerusform>
            <numerusform>The birthday is more than %n years ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A tag is longer than %n characters.</source>
        <translation>
            <numerusform>A tag is longer than %n character.</numerusform>
            <numerusform>A tag is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>Added %n demo customers.</source>
        <translation>
            <numerusform>Added %n demo customer.</numerusform>
            <numerusform>Added %n demo customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer book already holds %n customers. Demo customers are only added to an empty book; choose a new database file with --db.</source>
        <translation>
            <numerusform>The customer book already holds %n customer. Demo customers are only added to an empty book; choose a new database file with --db.</numerusform>
            <numerusform>The customer book already holds %n customers. Demo customers are only added to an empty book; choose a new database file with --db.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <source>The reason is longer than %n characters.</source>
        <translation>
            <numerusform>The reason is longer than %n character.</numerusform>
            <numerusform>The reason is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>{file}: %n rows</source>
        <translation>
            <numerusform>{file}: %n row</numerusform>
            <numerusform>{file}: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows that cannot be imported: %n</source>
        <translation>
            <numerusform>Rows that cannot be imported: %n</numerusform>
            <numerusform>Rows that cannot be imported: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(the first %n is listed)</numerusform>
            <numerusform>(the first %n are listed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>%n new customers will be added.</source>
        <translation>
            <numerusform>%n new customer will be added.</numerusform>
            <numerusform>%n new customers will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n customers.</source>
        <translation>
            <numerusform>Added %n customer.</numerusform>
            <numerusform>Added %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file were not in UTF-8 as the rest is, and were read as Windows-1256 (Arabic): lines {lines}. Check their names in the preview.</source>
        <translation>
            <numerusform>%n line of the file was not in UTF-8 as the rest is, and was read as Windows-1256 (Arabic): line {lines}. Check its names in the preview.</numerusform>
            <numerusform>%n lines of the file were not in UTF-8 as the rest is, and were read as Windows-1256 (Arabic): lines {lines}. Check their names in the preview.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n values where the headings have {columns}: its values would go in the wrong columns.</source>
        <translation>
            <numerusform>This row has %n value where the headings have {columns}: its values would go in the wrong columns.</numerusform>
            <numerusform>This row has %n values where the headings have {columns}: its values would go in the wrong columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are customers already in the book (the same phone number or email; without either, the same name): what they add (other numbers, email, tags, notes, an earlier “customer since”) will be merged into that customer.</source>
        <translation>
            <numerusform>%n row is a customer already in the book (the same phone number or email; without either, the same name): what it adds (other numbers, email, tags, notes, an earlier “customer since”) will be merged into that customer.</numerusform>
            <numerusform>%n rows are customers already in the book (the same phone number or email; without either, the same name): what they add (other numbers, email, tags, notes, an earlier “customer since”) will be merged into that customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are customers already in the book (the same phone number or email; without either, the same name) and will be skipped.</source>
        <translation>
            <numerusform>%n row is a customer already in the book (the same phone number or email; without either, the same name) and will be skipped.</numerusform>
            <numerusform>%n rows are customers already in the book (the same phone number or email; without either, the same name) and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat the customer of an earlier row of the file (the same phone number or email; without either, the same name) and will be merged into it.</source>
        <translation>
            <numerusform>%n row repeats the customer of an earlier row of the file (the same phone number or email; without either, the same name) and will be merged into it.</numerusform>
            <numerusform>%n rows repeat the customer of an earlier row of the file (the same phone number or email; without either, the same name) and will be merged into it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat the customer of an earlier row of the file (the same phone number or email; without either, the same name) and will be skipped.</source>
        <translation>
            <numerusform>%n row repeats the customer of an earlier row of the file (the same phone number or email; without either, the same name) and will be skipped.</numerusform>
            <numerusform>%n rows repeat the customer of an earlier row of the file (the same phone number or email; without either, the same name) and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported:</source>
        <translation>
            <numerusform>%n row cannot be imported:</numerusform>
            <numerusform>%n rows cannot be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added details to %n customers already in the book.</source>
        <translation>
            <numerusform>Added details to %n customer already in the book.</numerusform>
            <numerusform>Added details to %n customers already in the book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers already in the book had nothing new in the file.</source>
        <translation>
            <numerusform>%n customer already in the book had nothing new in the file.</numerusform>
            <numerusform>%n customers already in the book had nothing new in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n rows whose phone number was already there.</source>
        <translation>
            <numerusform>Skipped %n row whose phone number was already there.</numerusform>
            <numerusform>Skipped %n rows whose phone number was already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be imported.</source>
        <translation>
            <numerusform>%n row could not be imported.</numerusform>
            <numerusform>%n rows could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers were imported without the customer who referred them: the book has no one customer of that name.</source>
        <translation>
            <numerusform>%n customer was imported without the customer who referred them: the book has no one customer of that name.</numerusform>
            <numerusform>%n customers were imported without the customer who referred them: the book has no one customer of that name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is larger than %n MB: that is not a customer list the program can import.</source>
        <translation>
            <numerusform>{name} is larger than %n MB: that is not a customer list the program can import.</numerusform>
            <numerusform>{name} is larger than %n MB: that is not a customer list the program can import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n sheets: the first one with anything in it, “{sheet}”, is read.</source>
        <translation>
            <numerusform>The workbook has %n sheet: the first one with anything in it, “{sheet}”, is read.</numerusform>
            <numerusform>The workbook has %n sheets: the first one with anything in it, “{sheet}”, is read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message numerus="yes">
        <source>%n customers have the phone number {phone}; give the customer&apos;s number in the book instead.</source>
        <translation>
            <numerusform>%n customer has the phone number {phone}; give the customer&apos;s number in the book instead.</numerusform>
            <numerusform>%n customers have the phone number {phone}; give the customer&apos;s number in the book instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The heading of “{section}” is longer than %n characters.</source>
        <translation>
            <numerusform>The heading of “{section}” is longer than %n character.</numerusform>
            <numerusform>The heading of “{section}” is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of “{section}” is longer than %n characters.</source>
        <translation>
            <numerusform>The text of “{section}” is longer than %n character.</numerusform>
            <numerusform>The text of “{section}” is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitCommand</name>
    <message numerus="yes">
        <source>Wrote %n kits.</source>
        <translation>
            <numerusform>Wrote %n kit.</numerusform>
            <numerusform>Wrote %n kits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <comment>a unit after a number shown beside it</comment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <comment>a unit after a number shown beside it</comment>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <comment>a unit after a number shown beside it</comment>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LapsedModel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>Enter at most %n character.</numerusform>
            <numerusform>Enter at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LossSettingsPage</name>
    <message numerus="yes">
        <source> days</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostList</name>
    <message numerus="yes">
        <source>%n lost customers</source>
        <translation>
            <numerusform>%n lost customer</numerusform>
            <numerusform>%n lost customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message numerus="yes">
        <source>%n customers lost in this period</source>
        <translation>
            <numerusform>%n customer lost in this period</numerusform>
            <numerusform>%n customers lost in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won back since</source>
        <translation>
            <numerusform>%n won back since</numerusform>
            <numerusform>%n won back since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lapsed customers</source>
        <translation>
            <numerusform>%n lapsed customer</numerusform>
            <numerusform>%n lapsed customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>Type at most %n digits after the decimal point.</source>
        <translation>
            <numerusform>Type at most %n digit after the decimal point.</numerusform>
            <numerusform>Type at most %n digits after the decimal point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type the discount with at most %n digits after the decimal point.</source>
        <translation>
            <numerusform>Type the discount with at most %n digit after the decimal point.</numerusform>
            <numerusform>Type the discount with at most %n digits after the decimal point.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message numerus="yes">
        <source> days after the message</source>
        <translation>
            <numerusform> day after the message</numerusform>
            <numerusform> days after the message</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCustomersKitsDialog</name>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kits printed into {folder}.</source>
        <translation>
            <numerusform>%n kit printed into {folder}.</numerusform>
            <numerusform>%n kits printed into {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message numerus="yes">
        <source>Keep the note under %n characters.</source>
        <translation>
            <numerusform>Keep the note under %n character.</numerusform>
            <numerusform>Keep the note under %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Occasions</name>
    <message numerus="yes">
        <source>The warm messages start 1 to %n days before the occasion.</source>
        <translation>
            <numerusform>The warm messages start 1 to %n day before the occasion.</numerusform>
            <numerusform>The warm messages start 1 to %n days before the occasion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a warm message every 1 to %n days.</source>
        <translation>
            <numerusform>Send a warm message every 1 to %n day.</numerusform>
            <numerusform>Send a warm message every 1 to %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reminder comes 1 to %n days after the offer.</source>
        <translation>
            <numerusform>The reminder comes 1 to %n day after the offer.</numerusform>
            <numerusform>The reminder comes 1 to %n days after the offer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Count purchases up to %n days after the occasion.</source>
        <translation>
            <numerusform>Count purchases up to %n day after the occasion.</numerusform>
            <numerusform>Count purchases up to %n days after the occasion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>Try again in %n minutes.</source>
        <translation>
            <numerusform>Try again in %n minute.</numerusform>
            <numerusform>Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n seconds.</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n won back</source>
        <translation>
            <numerusform>%n won back</numerusform>
            <numerusform>%n won back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message numerus="yes">
        <source>An invoice has at most %n lines.</source>
        <translation>
            <numerusform>An invoice has at most %n line.</numerusform>
            <numerusform>An invoice has at most %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the note under %n characters.</source>
        <translation>
            <numerusform>Keep the note under %n character.</numerusform>
            <numerusform>Keep the note under %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform> day before</numerusform>
            <numerusform> days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days before the occasion</source>
        <translation>
            <numerusform> day before the occasion</numerusform>
            <numerusform> days before the occasion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days after the offer</source>
        <translation>
            <numerusform> day after the offer</numerusform>
            <numerusform> days after the offer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>Enter at most %n character.</numerusform>
            <numerusform>Enter at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> days</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> weeks before</source>
        <comment>after the number of weeks</comment>
        <translation>
            <numerusform> week before</numerusform>
            <numerusform> weeks before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>The name is longer than %n character.</numerusform>
            <numerusform>The name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is longer than %n characters.</source>
        <translation>
            <numerusform>The text is longer than %n character.</numerusform>
            <numerusform>The text is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open %n days</source>
        <translation>
            <numerusform>open %n day</numerusform>
            <numerusform>open %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>Show the other %n follow-ups</source>
        <translation>
            <numerusform>Show the other follow-up</numerusform>
            <numerusform>Show the other %n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>Follow-ups due today: %n</source>
        <translation>
            <numerusform>Follow-ups due today: %n</numerusform>
            <numerusform>Follow-ups due today: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
