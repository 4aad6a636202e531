<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>CustomerBook</name>
        <message>
            <location filename="../ui/customer_book.py" line="45" />
            <source>Search by name, phone, email, tag or note (Ctrl+F)</source>
            <translation>ابحث بالاسم أو الهاتف أو البريد أو الوسم أو الملاحظة (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../ui/customer_book.py" line="51" />
            <source>Show archived customers</source>
            <translation>عرض العملاء المؤرشفين</translation>
        </message>
        <message>
            <location filename="../ui/customer_book.py" line="87" />
            <source>Add the first customer</source>
            <translation>أضف أول عميل</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/customer_book.py" line="140" />
            <source>%n archived</source>
            <translation>
                <numerusform>لا يوجد مؤرشفون</numerusform>
                <numerusform>عميل مؤرشف واحد</numerusform>
                <numerusform>عميلان مؤرشفان</numerusform>
                <numerusform>%n عملاء مؤرشفين</numerusform>
                <numerusform>%n عميلًا مؤرشفًا</numerusform>
                <numerusform>%n عميل مؤرشف</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/customer_book.py" line="143" />
            <source>{found} of {total}</source>
            <translation>{found} من {total}</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/customer_book.py" line="145" />
            <source>%n customers</source>
            <translation>
                <numerusform>لا يوجد عملاء</numerusform>
                <numerusform>عميل واحد</numerusform>
                <numerusform>عميلان</numerusform>
                <numerusform>%n عملاء</numerusform>
                <numerusform>%n عميلًا</numerusform>
                <numerusform>%n عميل</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/customer_book.py" line="168" />
            <source>No customer matches “{query}”.</source>
            <translation>لا يوجد عميل يطابق «{query}».</translation>
        </message>
        <message>
            <location filename="../ui/customer_book.py" line="170" />
            <source>No archived customers.</source>
            <translation>لا يوجد عملاء مؤرشفون.</translation>
        </message>
        <message>
            <location filename="../ui/customer_book.py" line="173" />
            <source>Your customer book is empty.
Add your first customer to start keeping in touch.</source>
            <translation>دفتر العملاء فارغ.
أضف أول عميل لتبدأ في البقاء على تواصل معه.</translation>
        </message>
        <message>
            <location filename="../ui/customer_book.py" line="221" />
            <source>Customer saved.</source>
            <translation>تم حفظ العميل.</translation>
        </message>
        <message>
            <location filename="../ui/customer_book.py" line="229" />
            <source>Changes saved.</source>
            <translation>تم حفظ التعديلات.</translation>
        </message>
        <message>
            <location filename="../ui/customer_book.py" line="250" />
            <source>The customer is back in the book.</source>
            <translation>عاد العميل إلى الدفتر.</translation>
        </message>
    </context>
    <context>
        <name>CustomerCard</name>
        <message>
            <location filename="../ui/customer_card.py" line="61" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="62" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="63" />
            <source>Area</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="64" />
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="65" />
            <source>Birthday</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="66" />
            <source>Customer is a</source>
            <translation>نوع العميل</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="67" />
            <source>Form of address</source>
            <translation>صيغة المخاطبة</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="68" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="69" />
            <source>How they found us</source>
            <translation>كيف عرفنا</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="70" />
            <source>Referred by</source>
            <translation>بترشيح من</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="71" />
            <source>Has referred</source>
            <translation>رشّح</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="72" />
            <source>Customer since</source>
            <translation>عميل منذ</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="85" />
            <source>Personal notes</source>
            <translation>ملاحظات شخصية</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="93" />
            <source>Edit</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="96" />
            <source>Archive</source>
            <translation>أرشفة</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="99" />
            <source>Restore to the book</source>
            <translation>إعادة إلى الدفتر</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="108" />
            <source>Choose a customer in the list to see their card.</source>
            <translation>اختر عميلًا من القائمة لعرض بطاقته.</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="161" />
            <source>Archived on {date}. Restore to bring back into the book.</source>
            <translation>أُرشف في {date}. أعده إلى الدفتر لاستعادته.</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="168" />
            <source>{date} (age {age})</source>
            <translation>{date} (العمر {age})</translation>
        </message>
        <message>
            <location filename="../ui/customer_card.py" line="179" />
            <location filename="../ui/customer_card.py" line="182" />
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <location filename="../ui/customer_dialog.py" line="116" />
            <source>New customer</source>
            <translation>عميل جديد</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="116" />
            <source>Edit customer</source>
            <translation>تعديل العميل</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="125" />
            <source>Used to address the customer correctly in Arabic messages</source>
            <translation>تُستخدم لمخاطبة العميل بالصيغة الصحيحة في الرسائل العربية</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="138" />
            <source>Known</source>
            <translation>معروف</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="154" />
            <source>Separate tags with commas, e.g. VIP, family</source>
            <translation>افصل بين الوسوم بفواصل، مثل: مميز، عائلة</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="171" />
            <source>Type a name or phone to find the customer</source>
            <translation>اكتب اسمًا أو رقم هاتف للعثور على العميل</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="185" />
            <source>Personal touch: family, preferences, what they care about</source>
            <translation>لمسة شخصية: العائلة، التفضيلات، ما يهمه</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="198" />
            <source>Save anyway</source>
            <translation>احفظ على أي حال</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="208" />
            <source>Customer is a</source>
            <translation>نوع العميل</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="209" />
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="210" />
            <source>Form of address</source>
            <translation>صيغة المخاطبة</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="211" />
            <source>Phone numbers</source>
            <translation>أرقام الهاتف</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="212" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="213" />
            <source>Area</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="214" />
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="215" />
            <source>Birthday</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="216" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="217" />
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="218" />
            <source>How they found us</source>
            <translation>كيف عرفنا</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="219" />
            <source>Referred by</source>
            <translation>بترشيح من</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="220" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="270" />
            <location filename="../ui/customer_dialog.py" line="290" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="350" />
            <source>Choose the referring customer from the list, or clear the field.</source>
            <translation>اختر العميل المرشِّح من القائمة، أو امسح الحقل.</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="367" />
            <source> (archived)</source>
            <translation> (مؤرشف)</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="371" />
            <source>This phone number already belongs to:
{names}
Is this a different customer?</source>
            <translation>رقم الهاتف هذا مسجل مسبقًا باسم:
{names}
هل هذا عميل مختلف؟</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../ui/customer_model.py" line="104" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../ui/customer_model.py" line="105" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../ui/customer_model.py" line="106" />
            <source>Stage</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <location filename="../ui/customer_model.py" line="107" />
            <source>Area</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location filename="../ui/customer_model.py" line="108" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../ui/customer_model.py" line="109" />
            <source>Customer since</source>
            <translation>عميل منذ</translation>
        </message>
        <message>
            <location filename="../ui/customer_model.py" line="129" />
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <location filename="../retention_desktop/customers.py" line="142" />
            <source>This customer no longer exists.</source>
            <translation>هذا العميل لم يعد موجودًا.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/customers.py" line="152" />
            <source>A customer with the same phone number already exists: {names}</source>
            <translation>يوجد عميل بنفس رقم الهاتف: {names}</translation>
        </message>
        <message>
            <location filename="../retention_desktop/customers.py" line="182" />
            <source>The name is required.</source>
            <translation>الاسم مطلوب.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/customers.py" line="184" />
            <source>The name is longer than {n} characters.</source>
            <translation>الاسم أطول من {n} حرفًا.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/customers.py" line="203" />
            <source>“{email}” is not an email address.</source>
            <translation>«{email}» ليس عنوان بريد إلكتروني صحيحًا.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/customers.py" line="207" />
            <source>The birthday cannot be in the future.</source>
            <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/customers.py" line="209" />
            <source>The birthday is more than {n} years ago.</source>
            <translation>تاريخ الميلاد أقدم من {n} سنة.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/customers.py" line="219" />
            <source>A tag is longer than {n} characters.</source>
            <translation>أحد الوسوم أطول من {n} حرفًا.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/customers.py" line="251" />
            <source>A customer cannot refer themselves.</source>
            <translation>لا يمكن للعميل أن يرشّح نفسه.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/customers.py" line="253" />
            <source>The referring customer no longer exists.</source>
            <translation>العميل المرشِّح لم يعد موجودًا.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../retention_desktop/db.py" line="89" />
            <source>The file {path} is not a Retention Desktop database. It was left untouched.</source>
            <translation>الملف {path} ليس قاعدة بيانات لبرنامج الاحتفاظ بالعملاء. لم يُمسّ الملف.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/db.py" line="98" />
            <source>This database was written by a newer version of Retention Desktop (schema {revision}). Please update the program to open it. The file was left untouched.</source>
            <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من البرنامج (المخطط {revision}). حدّث البرنامج لفتحها. لم يُمسّ الملف.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/db.py" line="142" />
            <source>This database holds other data and is not a Retention Desktop database.</source>
            <translation>تحتوي قاعدة البيانات هذه على بيانات أخرى وليست قاعدة بيانات لبرنامج الاحتفاظ بالعملاء.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/db.py" line="183" />
            <location filename="../retention_desktop/db.py" line="204" />
            <source>This is not a database address: {target}</source>
            <translation>هذا ليس عنوان قاعدة بيانات: {target}</translation>
        </message>
        <message>
            <location filename="../retention_desktop/db.py" line="196" />
            <source>The folder {folder} cannot be created: {reason}</source>
            <translation>تعذر إنشاء المجلد {folder}: {reason}</translation>
        </message>
        <message>
            <location filename="../retention_desktop/db.py" line="213" />
            <source>The database server cannot be reached: {reason}</source>
            <translation>تعذر الوصول إلى خادم قاعدة البيانات: {reason}</translation>
        </message>
        <message>
            <location filename="../retention_desktop/db.py" line="227" />
            <location filename="../retention_desktop/db.py" line="236" />
            <source>The database could not be opened: {reason}</source>
            <translation>تعذر فتح قاعدة البيانات: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../main.py" line="68" />
            <source>Added {n} demo customers.</source>
            <translation>أُضيف {n} عميل تجريبي.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/demo.py" line="369" />
            <source>The number of demo customers must be between {low} and {high}, not {n}.</source>
            <translation>يجب أن يكون عدد العملاء التجريبيين بين {low} و{high}، وليس {n}.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/demo.py" line="376" />
            <source>The customer book already holds {n} customers. Demo customers are only added to an empty book; choose a new database file with --db.</source>
            <translation>دفتر العملاء يحتوي بالفعل على {n} عميل. لا يُضاف العملاء التجريبيون إلا إلى دفتر فارغ؛ اختر ملف قاعدة بيانات جديدًا باستخدام ‎--db.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/app.py" line="83" />
            <source>Something went wrong</source>
            <translation>حدث خطأ ما</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="84" />
            <source>The program met an unexpected problem and could not finish what you asked. Your saved data is safe.

The details were written to:
{path}</source>
            <translation>واجه البرنامج مشكلة غير متوقعة ولم يتمكن من إتمام طلبك. بياناتك المحفوظة سليمة.

كُتبت التفاصيل في:
{path}</translation>
        </message>
        <message>
            <location filename="../ui/app.py" line="112" />
            <source>The database cannot be opened</source>
            <translation>تعذر فتح قاعدة البيانات</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../ui/labels.py" line="16" />
            <source>Prospect</source>
            <translation>عميل محتمل</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="17" />
            <source>First purchase</source>
            <translation>أول شراء</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="18" />
            <source>Active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="19" />
            <source>At risk</source>
            <translation>معرض للفقد</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="20" />
            <source>Lapsed</source>
            <translation>منقطع</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="21" />
            <source>Lost</source>
            <translation>مفقود</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="22" />
            <source>Won back</source>
            <translation>مُستعاد</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="28" />
            <source>Not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="29" />
            <source>Walked in</source>
            <translation>زيارة المحل</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="30" />
            <source>Referred by a customer</source>
            <translation>ترشيح من عميل</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="31" />
            <source>Social media</source>
            <translation>وسائل التواصل الاجتماعي</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="32" />
            <source>Online search or maps</source>
            <translation>البحث على الإنترنت أو الخرائط</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="33" />
            <source>Advertisement</source>
            <translation>إعلان</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="34" />
            <source>Event or exhibition</source>
            <translation>فعالية أو معرض</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="35" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="41" />
            <source>Not specified</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="42" />
            <source>Male</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="43" />
            <source>Female</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="48" />
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="48" />
            <source>Business</source>
            <translation>منشأة</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="52" />
            <source>Mobile</source>
            <translation>جوال</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="52" />
            <source>Landline</source>
            <translation>هاتف ثابت</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="52" />
            <source>Phone</source>
            <translation>هاتف</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="29" />
            <source>Retention Desktop</source>
            <translation>الاحتفاظ بالعملاء</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="31" />
            <source>Retention Desktop — {name}</source>
            <translation>الاحتفاظ بالعملاء — {name}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="38" />
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="47" />
            <source>The database file this window works on</source>
            <translation>ملف قاعدة البيانات الذي تعمل عليه هذه النافذة</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="63" />
            <source>&amp;New customer</source>
            <translation>عميل &amp;جديد</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="64" />
            <source>&amp;Find customer</source>
            <translation>&amp;بحث عن عميل</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="65" />
            <source>&amp;Edit customer</source>
            <translation>&amp;تعديل العميل</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="66" />
            <source>&amp;Archive customer</source>
            <translation>&amp;أرشفة العميل</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="67" />
            <source>&amp;Undo archive</source>
            <translation>ت&amp;راجع عن الأرشفة</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="69" />
            <source>&amp;Settings…</source>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="70" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="71" />
            <source>&amp;About Retention Desktop</source>
            <translation>&amp;حول البرنامج</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="76" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="80" />
            <source>&amp;Customers</source>
            <translation>ال&amp;عملاء</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="83" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="86" />
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="99" />
            <source>Customer archived. Press Undo (Ctrl+Z) to bring them back.</source>
            <translation>أُرشف العميل. اضغط «تراجع» (Ctrl+Z) لإعادته.</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="114" />
            <source>The customer is back in the book.</source>
            <translation>عاد العميل إلى الدفتر.</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="122" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="123" />
            <source>The new language is used from the next start. Restart now?</source>
            <translation>ستُستخدم اللغة الجديدة من التشغيل القادم. هل تريد إعادة التشغيل الآن؟</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="141" />
            <source>About Retention Desktop</source>
            <translation>حول برنامج الاحتفاظ بالعملاء</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="142" />
            <source>&lt;h3&gt;Retention Desktop {version}&lt;/h3&gt;&lt;p&gt;Keep the customers you already have.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;الاحتفاظ بالعملاء {version}&lt;/h3&gt;&lt;p&gt;حافظ على العملاء الذين لديك.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>PhoneList</name>
        <message>
            <location filename="../ui/customer_dialog.py" line="67" />
            <source>Add another number</source>
            <translation>إضافة رقم آخر</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="81" />
            <source>e.g. 055 123 4567</source>
            <translation>مثل 055 123 4567</translation>
        </message>
        <message>
            <location filename="../ui/customer_dialog.py" line="87" />
            <source>Remove this number</source>
            <translation>حذف هذا الرقم</translation>
        </message>
    </context>
    <context>
        <name>Phones</name>
        <message>
            <location filename="../retention_desktop/phones.py" line="39" />
            <source>“{phone}” is not a phone number.</source>
            <translation>«{phone}» ليس رقم هاتف.</translation>
        </message>
        <message>
            <location filename="../retention_desktop/phones.py" line="43" />
            <source>“{phone}” is not a valid phone number. Check the digits and the country code.</source>
            <translation>«{phone}» ليس رقم هاتف صحيحًا. تحقق من الأرقام ومن رمز الدولة.</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <location filename="../ui/app.py" line="30" />
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../retention_desktop/settings.py" line="38" />
            <source>“{value}” is not a country code.</source>
            <translation>«{value}» ليس رمز دولة.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="18" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="41" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="42" />
            <source>Country for phone numbers</source>
            <translation>دولة أرقام الهاتف</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="43" />
            <source>Phone numbers typed without a country code are read as numbers of this country.</source>
            <translation>تُقرأ أرقام الهاتف المكتوبة دون رمز دولة على أنها أرقام من هذه الدولة.</translation>
        </message>
    </context>
</TS>