<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <source>Government Disclosure Annual Report Editor</source>
        <translation>政务公开年报编审</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Create a report, or import last year&apos;s published report.</source>
        <translation>新建一份年报，或导入去年已发布的年报。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Government disclosure annual report editor</source>
        <translation>政务公开年报编审</translation>
    </message>
    <message>
        <source>validate</source>
        <translation>validate</translation>
    </message>
</context>
</TS>
