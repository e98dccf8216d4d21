"""Trường THCS Lê Lợi (TP. Đông Hà, Quảng Trị) on a home-made PHP site written in 2014: jQuery,
a table-and-div layout, class names of the author's own ("bao", "dau_trang", "cot_trai",
"giua", "tintuc_ct", "tieude_ct", "td_noidung", "tinkhac"). The articles are teachers' Word
documents pasted into the editor, Word's HTML and all.

Platform
--------
No CMS: a handful of PHP scripts over a MySQL table of news. No canonical link, no sitemap, no
robots.txt, no feed. Every page is one big ``<table class="bao">``: a banner image, a horizontal
menu, a left column (``td.cot_trai``: "Danh mục", "Tin mới", "Văn bản", "Liên kết", a poll, the
counter "Số lượt truy cập:" printed as digit images ``<img src="images/dem/3.gif" alt="3">``
with "Đang online" / "Hôm nay"), the main cell (``td.giua``) and a footer with the address and
telephone. The header clock is written by JavaScript; its ``<noscript>`` fallback prints the day
the page was saved: "Thứ Sáu, 04/12/2026" (never a publication date).

An article page (``chi-tiet.php``)::

    <div class="duongdan">Trang chủ » <a href="tin-tuc.php?cat=2">Chuyên môn</a></div>
    <div class="tintuc_ct">
      <div class="tieude_ct">TITLE</div>                       (no h1 anywhere)
      <div class="ngaydang">Ngày đăng: 18-11-2026 15:42 | Lượt xem: 121</div>
      <div class="td_noidung"> the pasted Word HTML </div>
      <div class="congcu">[In bài] [Gửi bạn bè] [Quay lại]</div>
      <div class="tinkhac"><b>Các tin đã đưa:</b> older news of the section, with "(dd-mm-yyyy)"</div>
    </div>

What Word left in the bodies: ``<!--[if gte mso 9]><xml>…</xml><![endif]-->`` and a
``<!--[if gte mso 10]><style>`` block; ``<p class=MsoNormal style='text-align:justify;
text-indent:36.0pt…'>`` with ``<span lang=VI style='font-size:14.0pt;font-family:"Times New
Roman"'>``; empty ``<p class=MsoNormal><o:p>&nbsp;</o:p></p>`` spacers; headings as bold
MsoNormal lines; ``MsoListParagraphCxSpFirst/Middle/Last`` items whose marker sits in
``<span style='mso-list:Ignore'>`` ("-", a Symbol-font "·" or "1.") between ``<![if
!supportLists]>`` and ``<![endif]>``; ``MsoTableGrid`` tables (exam schedules, prize lists);
soft hyphens (``&shy;``) inside words, ``&nbsp;`` between words and words split across two
spans (``trư</span><span …>ờng``); a ``<br>`` inside a paragraph; footnotes ``[1]`` linking
``#_ftn1`` with Word's footnote block (``mso-element:footnote-list``) at the very end; photos as
``<!--[if gte vml 1]><v:imagedata src="file:///…">…<![endif]--><![if !vml]><img width=602
height=401 src="upload/…" v:shapes="Picture_x0020_1"><![endif]>``. One photo was never
uploaded: its ``src`` is still ``file:///C:/Users/ADMIN/AppData/Local/Temp/msohtmlclip1/01/
clip_image002.jpg`` (broken in every browser; not an article image).

Two articles were typed into the site's own editor instead (plain ``<p style="text-align:
justify;">``, ``<em>`` captions); one of them is a single ``<p>`` with ``<br><br>`` between its
paragraphs.

URL scheme
----------
- ``/`` (also ``/index.php``): home, the 5 newest articles, "Xem tất cả tin »".
- ``/tin-tuc.php?cat=<n>&page=<p>``: listings, 6 per page, newest first, pager
  "<< 1 2 3 >>". ``cat=0`` is all news (13 articles: 3 pages); ``cat=1..4`` the sections.
- ``/chi-tiet.php?id=<n>``: an article (links from home, "Tin mới", the all-news listing).
- ``/chi-tiet.php?id=<n>&cat=<c>``: the same article (links from section listings and from
  "Các tin đã đưa"); ``/chi-tiet.php?id=<n>&print=1``: the print view ("[In bài]"), same text
  without the chrome. Both are in the gold's ``alt_paths``. An unknown id answers 200 with
  "Tin này không tồn tại hoặc đã bị xóa." (never linked).
- Static pages: ``/gioi-thieu.php``, ``/doi-ngu.php`` (a table of teachers),
  ``/thu-vien-anh.php`` (photo albums with captions), ``/lien-he.php`` (contact form),
  ``/thoi-khoa-bieu.php`` (timetables), ``/van-ban.php`` (documents: PDF links).
- Files: ``/upload/tintuc/2026/<mm>/<file>.jpg``, ``/upload/vanban/<file>.pdf``, ``/images/…``.

Categories: 1 Tin nhà trường, 2 Chuyên môn, 3 Công đoàn, 4 Thi đua - Khen thưởng.

How each gold article is reached
--------------------------------
- The 5 newest: the home page and "Tin mới" on every page.
- All 13: ``/tin-tuc.php?cat=0`` pages 1-3 (6, 6, 1); the oldest (the school-year opening,
  id 101) is listed only on page 3 of the all-news listing, on its section's listing and in
  "Các tin đã đưa" under newer Tin nhà trường articles.
- Each section listing (menu, "Danh mục") lists its articles with the ``&cat=`` URL form.

Traps
-----
- Three URLs per article (``id``, ``id&cat``, ``id&print=1``); no rel=canonical to tell.
- Word markup everywhere: list markers in ``mso-list:Ignore`` (not text), soft hyphens (not
  text), ``&nbsp;`` (a space), words split across spans (one word), ``<br>`` (a line break:
  the lines either side are two paragraphs, as the house reads every ``<br>``), empty ``o:p`` paragraphs (nothing), conditional comments (nothing).
- The VML ``v:imagedata`` in the conditional comment points to ``file:///`` clips; the one
  ``<img src="file:///…clip_image002.jpg">`` is broken and not an article image.
- Signed notices: "Đông Hà, ngày 24 tháng 11 năm 2026" (right-aligned italic, above the text)
  is the document's date, not the publication date (that is "Ngày đăng").
- "Ngày đăng" prints a time on two articles only.
- The counter digits, the poll, the "Tin mới" dates and the header clock are chrome.
- The gallery, the teachers' table and the timetables look like content pages but are not news.

Gold decisions
--------------
- title: the ``div.tieude_ct`` line (the ``<title>`` appends " - Trường THCS Lê Lợi").
- published_at: "Ngày đăng: dd-mm-yyyy[ HH:MM]" -> "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:00+07:00".
- authors: "Người viết: Hoàng Thị Mai" (right-aligned bold) -> her; the "Tổ Ngữ văn" line under
  it is her department (neither name nor body). A signed notice ("T/M BAN GIÁM HIỆU" /
  "HIỆU TRƯỞNG" / "(Đã ký)" / "ThS. Lê Văn Hùng", or "KT. HIỆU TRƯỞNG" / "PHÓ HIỆU TRƯỞNG") ->
  the signer, degree dropped. "Nguyễn Văn An (sưu tầm)" -> "Nguyễn Văn An" (a compiler).
  "Tin: X - TPT Đội" -> X; "Tin, ảnh: X" -> X author and photographer; "Tin: X; Ảnh: Y";
  a right-aligned bare name -> that person; "Ban biên tập" -> nobody.
- photographers: from the bylines, and from a caption naming a photographer at its end
  ("… (Ảnh: Thu Hà)" -> "Thu Hà").
- source: "Nguồn: Báo Giáo dục và Thời đại" -> "Báo Giáo dục và Thời đại".
- summary: a bold first paragraph (the teacher's lead) is the sapo and the first body paragraph;
  otherwise null.
- body: the paragraphs as a reader sees them: headings, list items without their Word marker
  (the "-", "·" or "1." of ``mso-list:Ignore`` is the list's bullet, like an ``<ol>`` number),
  table rows with cells joined by " | ", the footnote text last ("[1] …", the reference mark
  kept in the text where it is printed). Not body: captions, bylines and their department
  lines, signatures, the notice's place-and-date line, "Nguồn:" lines, tool links, lists.
- images: the uploaded photos in order. Caption (house convention): a ``MsoCaption`` paragraph
  is the caption as printed; a centred italic line "(Ảnh: <scene>)" describing the scene gives
  the caption "<scene>" (parentheses and the "Ảnh:" label dropped); a caption that names a
  photographer at its end, "… (Ảnh: Thu Hà)", is kept as printed (and gives the photographer);
  a photo with nothing under it has caption null. The banner, menu icons, counter digits and the
  broken ``file:///`` image are not article images.
- category: the section in the breadcrumb (``div.duongdan``).
"""

from __future__ import annotations

import html as _html

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, collapse, esc, gold_record, static_file

NAME = "php_msword_thcs"
PLATFORM = "Home-made PHP (2014, jQuery, table layout) with Word-pasted article HTML"
START_PATH = "/"

SCHOOL = "Trường THCS Lê Lợi"
CLOCK = "Thứ Sáu, 04/12/2026"
PER_PAGE = 6
CATEGORIES = {
    "1": "Tin nhà trường",
    "2": "Chuyên môn",
    "3": "Công đoàn",
    "4": "Thi đua - Khen thưởng",
}

# --- Word's markup pieces --------------------------------------------------------------------

SPAN = "<span lang=VI style='font-size:14.0pt;line-height:115%;font-family:\"Times New Roman\",\"serif\"'>"
SPAN2 = (
    "<span lang=VI style='font-size:14.0pt;line-height:115%;font-family:\"Times New Roman\",\"serif\";"
    "mso-fareast-font-family:\"Times New Roman\";mso-ansi-language:VI'>"
)
PARA = "<p class=MsoNormal style='margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:115%'>"
EMPTY = Raw("<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><o:p>&nbsp;</o:p></p>")
WORD_HEAD = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>VI</w:LidThemeOther>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="true" LatentStyleCount="267">
  <w:LsdException Locked="false" Priority="0" SemiHidden="false" UnhideWhenUsed="false" QFormat="true" Name="Normal"/>
 </w:LatentStyles>
</xml><![endif]--><!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-style-noshow:yes;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:11.0pt;
	font-family:"Calibri","sans-serif";}
</style>
<![endif]-->"""
WORD_CLIP = "file:///C:/Users/ADMIN/AppData/Local/Temp/msohtmlclip1/01/clip_image{n:03d}.jpg"
BROKEN = Raw(
    "<p class=MsoNormal align=center style='text-align:center'><span lang=VI style='font-size:14.0pt;"
    "mso-no-proof:yes'><!--[if gte vml 1]><v:shape id=\"Picture_x0020_2\" o:spid=\"_x0000_i1025\" "
    "type=\"#_x0000_t75\" style='width:451.5pt;height:300.75pt;visibility:visible'><v:imagedata src=\""
    + WORD_CLIP.format(n=2)
    + "\" o:title=\"\"/></v:shape><![endif]--><![if !vml]><img width=602 height=401 src=\""
    + WORD_CLIP.format(n=2)
    + "\" v:shapes=\"Picture_x0020_2\"><![endif]></span><span lang=VI style='font-size:14.0pt'>"
    "<o:p></o:p></span></p>"
)


def w_right(line: str, bold: bool = True, italic: bool = False) -> Raw:
    inner = f"{SPAN}{esc(line)}<o:p></o:p></span>"
    if italic:
        inner = f"<i>{inner}</i>"
    if bold:
        inner = f"<b>{inner}</b>"
    return Raw(f"<p class=MsoNormal align=right style='text-align:right'>{inner}</p>")


def w_sign(*lines: str) -> Raw:
    """A signature block as Word centres it in the right half of the page."""
    out = []
    for line in lines:
        inner = f"{SPAN}{esc(line)}<o:p></o:p></span>"
        inner = f"<i>{inner}</i>" if line.startswith("(") else f"<b>{inner}</b>"
        out.append(f"<p class=MsoNormal align=center style='margin-left:252.0pt;text-align:center'>{inner}</p>")
        if line.startswith("("):
            out.append("<p class=MsoNormal align=center style='margin-left:252.0pt;text-align:center'><o:p>&nbsp;</o:p></p>")
    return Raw("\n".join(out))


def w_place_date(line: str) -> Raw:
    return Raw(
        f"<p class=MsoNormal align=right style='text-align:right'><i>{SPAN}{esc(line)}<o:p></o:p></span></i></p>"
    )


# --- the articles, newest last (ids are the table's ids) ----------------------------------------
#
# P styles (space-separated flags): "lead" bold first paragraph (the sapo), "h" bold heading line,
# "li" / "sym" / "num" Word list items ("-", Symbol "·", "1."), "hrow" / "row" MsoTableGrid rows,
# "br" (the text's "\n" is a <br>), "shy" soft hyphens, "nb" &nbsp; between words, "split" a word
# cut across two spans, "ref" footnote reference "[1]", "fn" the footnote text.
# Img styles: "paren" centred italic "(Ảnh: …)", "msocap" MsoCaption, "ital" centred italic line,
# "em" editor <em> line, "none" nothing printed.
# opts: editor ("word" | "plain" | "onep"), time ("HH:MM" printed after the date).

STORIES: list[Story] = [
    Story(
        101,
        "khai-giang",
        "Trường THCS Lê Lợi long trọng tổ chức Lễ khai giảng năm học 2026 - 2027",
        "1",
        "2026-09-05",
        [
            P(
                "Sáng ngày 05/9/2026, trong không khí hân hoan của cả nước, Trường THCS Lê Lợi, thành phố "
                "Đông Hà long trọng tổ chức Lễ khai giảng năm học mới 2026 - 2027.",
                "lead",
            ),
            EMPTY,
            P(
                "Đến dự buổi lễ có đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND phường Đông Lương; đại diện "
                "Phòng GD&ĐT thành phố Đông Hà; Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo "
                "viên, nhân viên và hơn 1.100 học sinh của nhà trường.",
                "shy",
            ),
            Img(
                "upload/tintuc/2026/09/khai-giang-2026-1.jpg",
                "(Ảnh: Thầy Hiệu trưởng Lê Văn Hùng đánh trống khai giảng năm học mới)",
                "Thầy Hiệu trưởng Lê Văn Hùng đánh trống khai giảng năm học mới",
                "paren",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 28 lớp với 1.126 học sinh, trong đó khối 6 có 8 lớp với "
                "312 em. Đội ngũ cán bộ, giáo viên, nhân viên gồm 64 người, 100% giáo viên đạt chuẩn và "
                "trên chuẩn về trình độ đào tạo.",
                "nb",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Lê Văn Hùng đã điểm lại những thành tích nổi bật "
                "của năm học 2025 - 2026: tỷ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 9 được xét "
                "công nhận tốt nghiệp THCS; 46 học sinh đạt giải trong kỳ thi học sinh giỏi cấp thành phố "
                "và 12 em đạt giải cấp tỉnh.",
                "split",
            ),
            BROKEN,
            P("Năm học mới, nhà trường tập trung thực hiện tốt các nhiệm vụ trọng tâm:"),
            P("Tiếp tục triển khai hiệu quả Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp;", "li"),
            P("Đẩy mạnh chuyển đổi số trong quản lý và dạy học, sử dụng học bạ số;", "li"),
            P("Xây dựng trường học an toàn, thân thiện, phòng chống bạo lực học đường.", "li"),
            Img(
                "upload/tintuc/2026/09/khai-giang-2026-2.jpg",
                "Học sinh lớp 6 biểu diễn văn nghệ chào mừng năm học mới",
                "Học sinh lớp 6 biểu diễn văn nghệ chào mừng năm học mới",
                "msocap",
            ),
            P(
                "Buổi lễ khép lại trong tiếng trống trường rộn rã, mở đầu cho một năm học mới với nhiều kỳ "
                "vọng của thầy và trò Trường THCS Lê Lợi."
            ),
            EMPTY,
            w_right("Người viết: Hoàng Thị Mai"),
            w_right("Tổ Ngữ văn", bold=False, italic=True),
        ],
        authors=["Hoàng Thị Mai"],
        summary=(
            "Sáng ngày 05/9/2026, trong không khí hân hoan của cả nước, Trường THCS Lê Lợi, thành phố "
            "Đông Hà long trọng tổ chức Lễ khai giảng năm học mới 2026 - 2027."
        ),
    ),
    Story(
        102,
        "ke-hoach-hsg",
        "Kế hoạch tổ chức thi chọn học sinh giỏi cấp trường các môn văn hóa lớp 8, 9 năm học 2026 - 2027",
        "2",
        "2026-09-18",
        [
            w_place_date("Đông Hà, ngày 16 tháng 9 năm 2026"),
            P(
                "Căn cứ Kế hoạch số 1520/KH-PGDĐT của Phòng GD&ĐT thành phố Đông Hà về việc tổ chức thi "
                "chọn học sinh giỏi cấp thành phố năm học 2026 - 2027[1], Trường THCS Lê Lợi xây dựng kế "
                "hoạch thi chọn học sinh giỏi cấp trường như sau:",
                "ref",
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
            P("Phát hiện, bồi dưỡng học sinh có năng khiếu, làm nguồn cho đội tuyển dự thi cấp thành phố và cấp tỉnh."),
            P("Kỳ thi được tổ chức nghiêm túc, khách quan, đúng quy chế.", "nb"),
            P("II. NỘI DUNG", "h"),
            P("Đối tượng: học sinh lớp 8, lớp 9 có kết quả học tập từ mức Khá trở lên, được giáo viên bộ môn giới thiệu.", "num"),
            P("Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học.", "num"),
            P("Hình thức thi: tự luận, thời gian làm bài 120 phút (riêng môn Tiếng Anh 90 phút).", "num"),
            P("III. LỊCH THI", "h"),
            P("Ngày thi | Buổi | Môn thi | Phòng thi", "hrow"),
            P("03/10/2026 | Sáng | Ngữ văn, Tiếng Anh | Phòng 201 - 206", "row"),
            P("03/10/2026 | Chiều | Toán, Tin học | Phòng 201 - 206, phòng máy 2", "row"),
            P("04/10/2026 | Sáng | Khoa học tự nhiên, Lịch sử và Địa lí | Phòng 201 - 206", "row"),
            EMPTY,
            P(
                "Giáo viên chủ nhiệm thông báo kế hoạch đến học sinh và cha mẹ học sinh; các tổ chuyên môn "
                "nộp danh sách học sinh dự thi về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 25/9/2026."
            ),
            w_sign("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)", "Nguyễn Thị Minh Tâm"),
            P(
                "[1] Kế hoạch số 1520/KH-PGDĐT ngày 10/9/2026 của Phòng Giáo dục và Đào tạo thành phố Đông Hà.",
                "fn",
            ),
        ],
        authors=["Nguyễn Thị Minh Tâm"],
    ),
    Story(
        103,
        "hoi-nghi-vien-chuc",
        "Công đoàn trường tổ chức thành công Hội nghị viên chức, người lao động năm học 2026 - 2027",
        "3",
        "2026-10-02",
        [
            P(
                "Chiều ngày 30/9/2026, Công đoàn Trường THCS Lê Lợi phối hợp với Ban giám hiệu tổ chức Hội "
                "nghị viên chức, người lao động năm học 2026 - 2027. Về dự hội nghị có đồng chí Trần Quang "
                "Minh, Phó Chủ tịch Công đoàn ngành Giáo dục thành phố Đông Hà và 62/64 cán bộ, giáo viên, "
                "nhân viên của nhà trường.",
                "split",
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết việc thực hiện nhiệm vụ năm học 2025 - 2026 và phương "
                "hướng nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban "
                "Thanh tra nhân dân và thảo luận, sửa đổi Quy chế chi tiêu nội bộ."
            ),
            Img(
                "upload/tintuc/2026/10/hoi-nghi-vc-2026.jpg",
                "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
                "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
                "msocap",
            ),
            P("Hội nghị đã biểu quyết thông qua các chỉ tiêu thi đua chủ yếu:"),
            P("100% đoàn viên chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước;", "li"),
            P("Phấn đấu 80% đoàn viên đạt danh hiệu “Giỏi việc trường - Đảm việc nhà”;", "li"),
            P("Công đoàn cơ sở đạt danh hiệu “Công đoàn cơ sở vững mạnh”.", "li"),
            P(
                "Kết thúc hội nghị, Hiệu trưởng và Chủ tịch Công đoàn đã ký kết Nghị quyết Hội nghị viên "
                "chức, người lao động năm học 2026 - 2027.",
                "nb",
            ),
            w_right("Người viết: Phan Thị Ngọc Ánh"),
            w_right("Tổ Toán - Tin", bold=False, italic=True),
        ],
        authors=["Phan Thị Ngọc Ánh"],
    ),
    Story(
        104,
        "nghien-cuu-bai-hoc",
        "Sinh hoạt chuyên môn theo hướng nghiên cứu bài học ở tổ Ngữ văn",
        "2",
        "2026-10-14",
        [
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 12/10/2026, tổ Ngữ văn Trường THCS "
                "Lê Lợi đã tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học với bài dạy minh "
                "họa “Bài học đường đời đầu tiên” (Ngữ văn 6, bộ sách Kết nối tri thức với cuộc sống).",
                "shy",
            ),
            P("1. Chuẩn bị bài dạy minh họa", "h"),
            P(
                "Cô giáo Lê Thị Thanh Hương, giáo viên lớp 6/3, đã cùng nhóm giáo viên trong tổ thiết kế bài "
                "dạy theo hướng phát triển năng lực đọc hiểu văn bản truyện đồng thoại, chú trọng các hoạt "
                "động nhóm và phiếu học tập."
            ),
            P("2. Dự giờ và quan sát học sinh", "h"),
            P(
                "Thay vì chỉ quan sát giáo viên, người dự giờ tập trung quan sát học sinh học như thế nào, "
                "phát hiện những khó khăn mà các em gặp phải để tìm nguyên nhân và cách khắc phục.\n"
                "Mỗi giáo viên dự giờ quan sát một nhóm học sinh và ghi chép vào phiếu quan sát.",
                "br",
            ),
            P("3. Thảo luận sau giờ dạy", "h"),
            P("Các hoạt động khởi động gây được hứng thú, học sinh tích cực tham gia;", "sym"),
            P("Phiếu học tập số 2 còn dài, một số nhóm chưa hoàn thành đúng thời gian;", "sym"),
            P("Cần tăng cường câu hỏi mở để học sinh bày tỏ quan điểm cá nhân.", "sym"),
            P(
                "Buổi sinh hoạt chuyên môn đã giúp giáo viên trong tổ có thêm kinh nghiệm trong việc thiết "
                "kế và tổ chức các hoạt động học tập theo Công văn 5512[1] của Bộ GD&ĐT.",
                "ref",
            ),
            EMPTY,
            w_right("Người viết: Hoàng Thị Mai"),
            w_right("Tổ Ngữ văn", bold=False, italic=True),
            P(
                "[1] Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 của Bộ GD&ĐT về việc xây dựng và tổ chức "
                "thực hiện kế hoạch giáo dục của nhà trường.",
                "fn",
            ),
        ],
        authors=["Hoàng Thị Mai"],
    ),
    Story(
        105,
        "chao-mung-20-10",
        "Chi đoàn giáo viên tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "1",
        "2026-10-20",
        [
            P(
                "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
                "Chi đoàn giáo viên Trường THCS Lê Lợi đã tổ chức nhiều hoạt động ý nghĩa dành tặng các cô "
                "giáo, nữ nhân viên trong trường."
            ),
            P(
                "Sáng 20/10, các đoàn viên nam đã tổ chức buổi gặp mặt, tặng hoa và quà cho 41 nữ cán bộ, "
                "giáo viên, nhân viên. Buổi gặp mặt diễn ra trong không khí ấm áp với những tiết mục văn "
                "nghệ do chính các thầy giáo biểu diễn."
            ),
            P(
                "Cùng ngày, Liên đội phát động phong trào “Lời hay ý đẹp tặng cô”, thu hút hơn 600 bài viết, "
                "thiệp chúc mừng của học sinh các khối lớp."
            ),
            P(
                "Các hoạt động đã góp phần tôn vinh vai trò, vị trí của phụ nữ, động viên các cô giáo tiếp "
                "tục phấn đấu hoàn thành tốt nhiệm vụ được giao."
            ),
            Img("/upload/tintuc/2026/10/gap-mat-20-10.jpg", None, None, "none"),
            Raw('<p style="text-align: right;"><strong>Trần Đức Thắng</strong></p>'),
        ],
        authors=["Trần Đức Thắng"],
        opts={"editor": "onep"},
    ),
    Story(
        106,
        "tin-hoc-tre",
        "Danh sách học sinh đạt giải Hội thi Tin học trẻ cấp thành phố năm 2026",
        "4",
        "2026-10-28",
        [
            P(
                "Tại Hội thi Tin học trẻ thành phố Đông Hà năm 2026 do Phòng GD&ĐT phối hợp với Thành đoàn "
                "tổ chức từ ngày 24 đến 25/10/2026, đội tuyển Trường THCS Lê Lợi đã xuất sắc giành 05 giải, "
                "xếp thứ Nhì toàn đoàn khối THCS."
            ),
            P("Danh sách học sinh đạt giải cụ thể như sau:"),
            P("TT | Họ và tên | Lớp | Bảng thi | Giải", "hrow"),
            P("1 | Nguyễn Minh Khang | 9/1 | Bảng B - Lập trình | Nhất", "row"),
            P("2 | Trần Thị Bảo Ngọc | 9/2 | Bảng B - Lập trình | Ba", "row"),
            P("3 | Lê Hoàng Phúc | 8/1 | Bảng C - Sản phẩm sáng tạo | Nhì", "row"),
            P("4 | Võ Gia Huy | 8/1 | Bảng C - Sản phẩm sáng tạo | Nhì", "row"),
            P("5 | Phạm Ngọc Anh Thư | 7/4 | Bảng A - Kỹ năng | Khuyến khích", "row"),
            EMPTY,
            P(
                "Ban giám hiệu nhà trường biểu dương các em học sinh đạt giải và thầy giáo Đặng Văn Quý, "
                "giáo viên bồi dưỡng đội tuyển. Em Nguyễn Minh Khang được chọn tham gia Hội thi Tin học trẻ "
                "cấp tỉnh vào tháng 12/2026.",
                "nb",
            ),
            w_right("Ban biên tập", bold=False, italic=True),
        ],
    ),
    Story(
        107,
        "tuyen-truyen-atgt",
        "Tuyên truyền phòng, chống đuối nước và an toàn giao thông cho học sinh",
        "1",
        "2026-11-04",
        [
            P(
                "Sáng thứ Hai ngày 02/11/2026, trong giờ chào cờ đầu tuần, Trường THCS Lê Lợi phối hợp với "
                "Công an phường Đông Lương tổ chức buổi tuyên truyền phòng, chống đuối nước và đảm bảo trật "
                "tự an toàn giao thông cho hơn 1.100 học sinh toàn trường."
            ),
            Img(
                "/upload/tintuc/2026/11/tuyen-truyen-atgt-1.jpg",
                "Đại úy Nguyễn Văn Thành, Công an phường Đông Lương, tuyên truyền tại buổi chào cờ (Ảnh: Thu Hà)",
                "Đại úy Nguyễn Văn Thành, Công an phường Đông Lương, tuyên truyền tại buổi chào cờ (Ảnh: Thu Hà)",
                "em",
            ),
            P(
                "Tại buổi tuyên truyền, báo cáo viên đã thông tin tình hình tai nạn đuối nước, tai nạn giao "
                "thông liên quan đến học sinh trên địa bàn tỉnh Quảng Trị trong mùa mưa lũ; hướng dẫn các "
                "em kỹ năng nhận biết nguy cơ, cách xử lý khi gặp người bị đuối nước."
            ),
            P(
                "Các em cũng được nhắc nhở thực hiện nghiêm quy định đội mũ bảo hiểm khi ngồi trên xe mô tô, "
                "xe gắn máy, xe đạp điện; không đi xe đạp hàng ba, hàng bốn; không tụ tập trước cổng trường "
                "sau giờ tan học."
            ),
            Img(
                "/upload/tintuc/2026/11/tuyen-truyen-atgt-2.jpg",
                "Học sinh trả lời câu hỏi tình huống về an toàn giao thông (Ảnh: Thu Hà)",
                "Học sinh trả lời câu hỏi tình huống về an toàn giao thông (Ảnh: Thu Hà)",
                "em",
            ),
            P(
                "Dịp này, nhà trường yêu cầu 100% học sinh ký cam kết không tắm sông, suối, ao hồ khi không "
                "có người lớn đi cùng và chấp hành tốt Luật Giao thông đường bộ."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Lê Quang Vinh - TPT Đội</strong></p>'),
        ],
        authors=["Lê Quang Vinh"],
        photographers=["Thu Hà"],
        opts={"editor": "plain"},
    ),
    Story(
        108,
        "on-thi-toan-lop-10",
        "Một số kinh nghiệm ôn tập môn Toán chuẩn bị cho kỳ thi tuyển sinh vào lớp 10",
        "2",
        "2026-11-09",
        [
            P(
                "Kỳ thi tuyển sinh vào lớp 10 là một trong những kỳ thi quan trọng đối với học sinh lớp 9. Để "
                "đạt kết quả cao ở môn Toán, ngoài việc nắm vững kiến thức cơ bản, các em cần có phương pháp "
                "ôn tập khoa học và phù hợp với năng lực của bản thân."
            ),
            P("Nắm chắc kiến thức trọng tâm", "h"),
            P(
                "Đề thi vào lớp 10 môn Toán thường gồm các dạng bài: rút gọn biểu thức chứa căn, giải phương "
                "trình và hệ phương trình, bài toán thực tế, hàm số và đồ thị, hình học phẳng. Học sinh cần hệ "
                "thống lại kiến thức theo từng chủ đề, ghi nhớ công thức và các dạng bài cơ bản.",
                "shy",
            ),
            P("Luyện đề theo thời gian", "h"),
            P("Làm đề trong 120 phút như khi thi thật để rèn kỹ năng phân bố thời gian.", "num"),
            P("Sau mỗi đề, tự chấm theo đáp án và ghi lại những lỗi thường mắc.", "num"),
            P("Ưu tiên làm chắc các câu dễ, không bỏ sót ý, trình bày rõ ràng.", "num"),
            P(
                "Các thầy cô cũng khuyên học sinh giữ sức khỏe, ngủ đủ giấc trong giai đoạn ôn thi:\n"
                "“Học đều đặn mỗi ngày hiệu quả hơn nhiều so với học dồn vào những tuần cuối.”",
                "br",
            ),
            EMPTY,
            w_right("Nguồn: Báo Giáo dục và Thời đại", bold=False, italic=True),
            w_right("Nguyễn Văn An (sưu tầm)"),
        ],
        authors=["Nguyễn Văn An"],
        source="Báo Giáo dục và Thời đại",
    ),
    Story(
        109,
        "tham-hoi-doan-vien",
        "Công đoàn trường thăm hỏi, hỗ trợ đoàn viên bị thiệt hại do mưa lũ",
        "3",
        "2026-11-13",
        [
            P(
                "Đợt mưa lũ cuối tháng 10 vừa qua đã gây thiệt hại về nhà cửa, tài sản của nhiều gia đình "
                "trên địa bàn tỉnh Quảng Trị, trong đó có 05 gia đình đoàn viên Công đoàn Trường THCS Lê Lợi "
                "ở các xã Triệu Phong, Hải Lăng."
            ),
            P(
                "Ngay sau khi nước rút, Ban Chấp hành Công đoàn trường đã phát động đợt quyên góp ủng hộ "
                "trong toàn thể cán bộ, giáo viên, nhân viên. Sau một tuần, Công đoàn đã nhận được "
                "18.500.000 đồng cùng nhiều nhu yếu phẩm.",
                "split",
            ),
            Img(
                "upload/tintuc/2026/11/tham-hoi-doan-vien.jpg",
                "(Ảnh: Ban Chấp hành Công đoàn trao quà hỗ trợ cho đoàn viên)",
                "Ban Chấp hành Công đoàn trao quà hỗ trợ cho đoàn viên",
                "paren",
            ),
            P(
                "Ngày 11/11/2026, đoàn công tác do thầy Lê Văn Hùng, Hiệu trưởng, và cô Trần Thị Thu Hà, "
                "Chủ tịch Công đoàn, dẫn đầu đã đến thăm hỏi, trao quà hỗ trợ cho các gia đình đoàn viên bị "
                "thiệt hại."
            ),
            P(
                "Những phần quà tuy không lớn nhưng thể hiện tinh thần “lá lành đùm lá rách”, sự sẻ chia của "
                "tập thể nhà trường, giúp các gia đình sớm ổn định cuộc sống."
            ),
            w_right("Người viết: Võ Thị Kim Oanh"),
            w_right("Tổ Khoa học tự nhiên", bold=False, italic=True),
        ],
        authors=["Võ Thị Kim Oanh"],
    ),
    Story(
        110,
        "tuyen-duong-hsg",
        "Lễ tuyên dương học sinh giỏi, học sinh đạt giải các cuộc thi năm học 2025 - 2026",
        "4",
        "2026-11-18T15:42:00+07:00",
        [
            P(
                "Chiều ngày 16/11/2026, Trường THCS Lê Lợi tổ chức Lễ tuyên dương, khen thưởng 238 học sinh "
                "đạt danh hiệu Học sinh Xuất sắc, Học sinh Giỏi và đạt giải trong các cuộc thi năm học "
                "2025 - 2026.",
                "lead",
            ),
            P(
                "Năm học vừa qua, phong trào thi đua “Dạy tốt - Học tốt” của nhà trường tiếp tục đạt nhiều "
                "kết quả đáng ghi nhận. Toàn trường có 152 học sinh đạt danh hiệu Học sinh Xuất sắc, 86 học "
                "sinh đạt danh hiệu Học sinh Giỏi."
            ),
            Img(
                "upload/tintuc/2026/11/tuyen-duong-hsg-1.jpg",
                "(Ảnh: Lễ tuyên dương học sinh giỏi)",
                "Lễ tuyên dương học sinh giỏi",
                "paren",
            ),
            P("Kết quả thi học sinh giỏi và các cuộc thi:"),
            P("Cuộc thi | Cấp thành phố | Cấp tỉnh | Cấp quốc gia", "hrow"),
            P("Học sinh giỏi văn hóa lớp 9 | 46 giải | 12 giải | -", "row"),
            P("Khoa học kỹ thuật | 3 giải | 1 giải | -", "row"),
            P("Olympic Tiếng Anh | 9 giải | 2 giải | 1 giải", "row"),
            P("Hội khỏe Phù Đổng | 14 huy chương | 4 huy chương | -", "row"),
            EMPTY,
            P(
                "Tại buổi lễ, nhà trường đã trao giấy khen và phần thưởng cho các em học sinh; đồng thời khen "
                "thưởng 17 giáo viên có thành tích xuất sắc trong công tác bồi dưỡng học sinh giỏi.",
                "shy",
            ),
            Img(
                "upload/tintuc/2026/11/tuyen-duong-hsg-2.jpg",
                "Em Nguyễn Minh Khang, lớp 9/1, đại diện học sinh phát biểu cảm tưởng",
                "Em Nguyễn Minh Khang, lớp 9/1, đại diện học sinh phát biểu cảm tưởng",
                "msocap",
            ),
            w_right("Người viết: Trương Công Định"),
            w_right("Tổ Sử - Địa - GDCD", bold=False, italic=True),
        ],
        authors=["Trương Công Định"],
        summary=(
            "Chiều ngày 16/11/2026, Trường THCS Lê Lợi tổ chức Lễ tuyên dương, khen thưởng 238 học sinh "
            "đạt danh hiệu Học sinh Xuất sắc, Học sinh Giỏi và đạt giải trong các cuộc thi năm học "
            "2025 - 2026."
        ),
        opts={"time": "15:42"},
    ),
    Story(
        111,
        "ky-niem-20-11",
        "Trường THCS Lê Lợi tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "1",
        "2026-11-20",
        [
            P(
                "Sáng ngày 19/11/2026, Trường THCS Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam (20/11/1982 - 20/11/2026). Dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT thành phố "
                "Đông Hà, Đảng ủy, UBND phường Đông Lương, Ban đại diện cha mẹ học sinh cùng các thầy cô giáo "
                "nguyên là cán bộ, giáo viên của trường qua các thời kỳ.",
                "nb",
            ),
            P(
                "Trong diễn văn kỷ niệm, thầy Hiệu trưởng Lê Văn Hùng ôn lại truyền thống tôn sư trọng đạo của "
                "dân tộc và những chặng đường phát triển của nhà trường sau hơn 40 năm xây dựng và trưởng thành."
            ),
            Img(
                "upload/tintuc/2026/11/ky-niem-20-11-1.jpg",
                "Các thầy cô giáo nguyên là cán bộ, giáo viên của trường về dự lễ kỷ niệm",
                "Các thầy cô giáo nguyên là cán bộ, giáo viên của trường về dự lễ kỷ niệm",
                "msocap",
            ),
            P(
                "Đợt thi đua cao điểm chào mừng ngày 20/11 năm nay có 224 tiết dạy tốt, 58 tiết dạy đạt loại "
                "Giỏi; 3 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi cấp thành phố.",
                "shy",
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Trần Thị Bảo Ngọc, lớp 9/2, bày tỏ lòng biết ơn đối với thầy "
                "cô giáo và hứa sẽ ra sức học tập, rèn luyện để xứng đáng với sự dạy dỗ của thầy cô."
            ),
            Img(
                "upload/tintuc/2026/11/ky-niem-20-11-2.jpg",
                "(Ảnh: Học sinh tặng hoa chúc mừng thầy cô giáo)",
                "Học sinh tặng hoa chúc mừng thầy cô giáo",
                "paren",
            ),
            P("Buổi lễ kết thúc bằng chương trình văn nghệ đặc sắc do giáo viên và học sinh toàn trường dàn dựng."),
            w_right("Tin, ảnh: Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
    ),
    Story(
        112,
        "lich-kiem-tra-hk1",
        "Thông báo lịch kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
        "2",
        "2026-11-25T08:15:00+07:00",
        [
            w_place_date("Đông Hà, ngày 24 tháng 11 năm 2026"),
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Lê Lợi thông báo lịch "
                "kiểm tra, đánh giá cuối học kỳ I các môn học như sau:"
            ),
            P("1. Lịch kiểm tra tập trung", "h"),
            P("Ngày | Buổi sáng (Khối 8, 9) | Buổi chiều (Khối 6, 7)", "hrow"),
            P("14/12/2026 | Ngữ văn (90 phút) | Ngữ văn (90 phút)", "row"),
            P("15/12/2026 | Toán (90 phút) | Toán (90 phút)", "row"),
            P("16/12/2026 | Tiếng Anh (60 phút) | Tiếng Anh (60 phút)", "row"),
            P("17/12/2026 | Khoa học tự nhiên (90 phút) | Lịch sử và Địa lí (90 phút)", "row"),
            EMPTY,
            P("2. Các môn kiểm tra theo lớp", "h"),
            P(
                "Giáo dục công dân, Công nghệ, Tin học: giáo viên bộ môn tổ chức kiểm tra trên lớp từ ngày "
                "07/12 đến 12/12/2026;",
                "li",
            ),
            P("Giáo dục thể chất, Nghệ thuật, Hoạt động trải nghiệm: đánh giá bằng nhận xét.", "li"),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại phòng "
                "kiểm tra trước giờ kiểm tra 15 phút, mang theo thẻ học sinh.",
                "nb",
            ),
            w_sign("T/M BAN GIÁM HIỆU", "HIỆU TRƯỞNG", "(Đã ký)", "ThS. Lê Văn Hùng"),
        ],
        authors=["Lê Văn Hùng"],
        opts={"time": "08:15"},
    ),
    Story(
        113,
        "rung-chuong-vang",
        "Sôi nổi Hội thi “Rung chuông vàng” khối 8 chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam",
        "1",
        "2026-12-01T09:10:00+07:00",
        [
            P(
                "Hướng tới kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026), "
                "chiều 29/11/2026, Liên đội Trường THCS Lê Lợi tổ chức Hội thi “Rung chuông vàng” dành cho học "
                "sinh khối 8."
            ),
            P(
                "Tham gia hội thi có 100 thí sinh đến từ 7 lớp khối 8. Các câu hỏi xoay quanh kiến thức lịch "
                "sử, truyền thống của Quân đội nhân dân Việt Nam, lịch sử địa phương Quảng Trị và kiến thức "
                "các môn học trong chương trình.",
                "split",
            ),
            Img(
                "upload/tintuc/2026/12/rung-chuong-vang-1.jpg",
                "Các thí sinh tham gia Hội thi “Rung chuông vàng” khối 8",
                "Các thí sinh tham gia Hội thi “Rung chuông vàng” khối 8",
                "msocap",
            ),
            P(
                "Sau 25 câu hỏi hấp dẫn, em Hoàng Ngọc Bảo Trâm, lớp 8/3, đã xuất sắc vượt qua tất cả các câu "
                "hỏi và rung được chuông vàng. Ban tổ chức trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và giải "
                "tập thể cho lớp 8/3 có nhiều thí sinh trụ lại lâu nhất.",
                "shy",
            ),
            Img("upload/tintuc/2026/12/rung-chuong-vang-2.jpg", None, None, "none"),
            P(
                "Hội thi là sân chơi bổ ích, giúp các em củng cố kiến thức, bồi dưỡng lòng yêu nước và niềm "
                "tự hào về truyền thống vẻ vang của Quân đội nhân dân Việt Nam."
            ),
            w_right("Tin: Lê Quang Vinh; Ảnh: Trần Minh Đức"),
        ],
        authors=["Lê Quang Vinh"],
        photographers=["Trần Minh Đức"],
        opts={"time": "09:10"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.id), reverse=True)


def date_dmy(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}-{m}-{y}"


def date_line(story: Story) -> str:
    time = story.opts.get("time")
    return date_dmy(story) + (f" {time}" if time else "")


def views(story: Story) -> int:
    return 41 + (story.id * 53) % 700


# --- Word rendering of one paragraph -------------------------------------------------------------


def _shy(raw: str) -> str:
    """Soft hyphens inside every third long word (Word's optional hyphens)."""
    words = raw.split(" ")
    out, n = [], 0
    for w in words:
        if len(w) >= 6 and w.isalpha():
            n += 1
            if n % 3 == 1:
                w = w[: len(w) // 2] + "\xad" + w[len(w) // 2 :]
        out.append(w)
    return " ".join(out)


def _nb(raw: str) -> str:
    """Every fourth space a non-breaking one, and once a Word "spacerun" of two."""
    parts = raw.split(" ")
    out = parts[0]
    for i, part in enumerate(parts[1:], 1):
        out += ("\xa0" if i % 4 == 0 else " ") + part
    return out


def _enc(raw: str) -> str:
    s = _html.escape(raw, quote=False)
    return s.replace("\xad", "&shy;").replace("\xa0", "&nbsp;").replace("\n", "<br>\n")


FTN_REF = (
    "<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span "
    "class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>"
    "<span class=MsoFootnoteReference><span lang=VI style='font-size:14.0pt;line-height:115%;"
    "font-family:\"Times New Roman\",\"serif\"'>[1]</span></span><![endif]></span></span></a>"
)


def word_inline(p: P) -> str:
    raw = p.text
    flags = p.style.split()
    if "shy" in flags:
        raw = _shy(raw)
    if "nb" in flags:
        raw = _nb(raw)
    if "split" in flags:
        # a word cut across two spans, as Word does after a spell-check or a tracked change
        mid = len(raw) // 2
        while not (raw[mid - 1].isalpha() and raw[mid].isalpha()):
            mid += 1
        return f"{SPAN}{_enc(raw[:mid])}</span>{SPAN2}{_enc(raw[mid:])}<o:p></o:p></span>"
    body = _enc(raw)
    if "ref" in flags:
        before, after = body.split("[1]", 1)
        return f"{SPAN}{before}</span>{FTN_REF}{SPAN}{after}<o:p></o:p></span>"
    return f"{SPAN}{body}<o:p></o:p></span>"


LIST_MARK = {
    "li": "-",
    "sym": "·",
}
MARK_GAP = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"


def word_list(items: list[P]) -> str:
    out = []
    for i, p in enumerate(items, 1):
        kind = p.style.split()[0]
        if len(items) == 1:
            cls = "MsoListParagraph"
        elif i == 1:
            cls = "MsoListParagraphCxSpFirst"
        elif i == len(items):
            cls = "MsoListParagraphCxSpLast"
        else:
            cls = "MsoListParagraphCxSpMiddle"
        if kind == "sym":
            mark = (
                "<span lang=VI style='font-size:14.0pt;font-family:Symbol;mso-fareast-font-family:Symbol;"
                f"mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·{MARK_GAP}</span></span>"
            )
        elif kind == "num":
            mark = f"{SPAN}<span style='mso-list:Ignore'>{i}.{MARK_GAP}</span></span>"
        else:
            mark = f"{SPAN}<span style='mso-list:Ignore'>-{MARK_GAP}</span></span>"
        lvl = {"li": "l0", "sym": "l1", "num": "l2"}[kind]
        out.append(
            f"<p class={cls} style='margin-left:54.0pt;mso-add-space:auto;text-align:justify;"
            f"text-indent:-18.0pt;mso-list:{lvl} level1 lfo{lvl[1:]}'><![if !supportLists]>{mark}"
            f"<![endif]>{word_inline(P(p.text))}</p>"
        )
    return "\n".join(out)


def word_table(rows: list[P]) -> str:
    out = [
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
        "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"
    ]
    for n, row in enumerate(rows):
        cells = row.text.split(" | ")
        tds = []
        for cell in cells:
            inner = f"{SPAN}{_enc(cell)}<o:p></o:p></span>"
            if "hrow" in row.style:
                inner = f"<b>{inner}</b>"
            tds.append(
                "<td valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
                f"padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>{inner}</p></td>"
            )
        out.append(f" <tr style='mso-yfti-irow:{n}'>\n  " + "\n  ".join(tds) + "\n </tr>")
    out.append("</table>")
    return "\n".join(out)


def word_img(img: Img, n: int) -> str:
    shape = f"Picture_x0020_{n}"
    pic = (
        "<p class=MsoNormal align=center style='text-align:center'><span lang=VI style='font-size:14.0pt;"
        f"mso-no-proof:yes'><!--[if gte vml 1]><v:shape id=\"{shape}\" o:spid=\"_x0000_i10{25 + n}\" "
        "type=\"#_x0000_t75\" style='width:451.5pt;height:300.75pt;visibility:visible;mso-wrap-style:square'>"
        f"<v:imagedata src=\"{WORD_CLIP.format(n=n * 2 + 1)}\" o:title=\"\"/></v:shape><![endif]--><![if !vml]>"
        f"<img width=602 height=401 src=\"{esc(img.src)}\" v:shapes=\"{shape}\"><![endif]></span>"
        "<span lang=VI style='font-size:14.0pt'><o:p></o:p></span></p>"
    )
    if img.style == "msocap":
        cap = (
            "<p class=MsoCaption align=center style='text-align:center'><span lang=VI style='font-size:12.0pt;"
            f"font-family:\"Times New Roman\",\"serif\";color:windowtext'>{esc(img.printed)}<o:p></o:p></span></p>"
        )
    elif img.style in ("paren", "ital"):
        cap = (
            "<p class=MsoNormal align=center style='text-align:center'><i><span lang=VI style='font-size:13.0pt;"
            f"font-family:\"Times New Roman\",\"serif\"'>{esc(img.printed)}<o:p></o:p></span></i></p>"
        )
    else:
        cap = ""
    return pic + ("\n" + cap if cap else "")


def word_heading(p: P, lead: bool = False) -> str:
    inner = f"<b>{word_inline(P(p.text))}</b>"
    if lead:
        inner = f"<b><i>{word_inline(P(p.text))}</i></b>"
    return f"<p class=MsoNormal style='margin-top:6.0pt;margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt'>{inner}</p>"


FTN_BLOCK = (
    "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n"
    "<hr align=left size=1 width=\"33%\">\n<![endif]>\n<div style='mso-element:footnote' id=ftn1>\n"
    "<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href=\"#_ftnref1\" name=\"_ftn1\" title=\"\">"
    "<span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>"
    "<span class=MsoFootnoteReference><span lang=VI style='font-size:10.0pt'>[1]</span></span><![endif]>"
    "</span></span></a><span lang=VI style='font-size:10.0pt'> {text}<o:p></o:p></span></p>\n</div>\n</div>"
)


def render_word(story: Story) -> str:
    out = [WORD_HEAD]
    blocks = story.blocks
    i, nimg = 0, 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            nimg += 1
            out.append(word_img(b, nimg))
            i += 1
        else:
            kind = b.style.split()[0] if b.style else ""
            if kind in ("li", "sym", "num", "hrow", "row"):
                group_kinds = ("hrow", "row") if kind in ("hrow", "row") else (kind,)
                j = i
                while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style.split()[:1] and blocks[j].style.split()[0] in group_kinds:
                    j += 1
                group = blocks[i:j]
                out.append(word_table(group) if kind in ("hrow", "row") else word_list(group))
                i = j
            elif kind == "h":
                out.append(word_heading(b))
                i += 1
            elif kind == "lead":
                out.append(word_heading(b, lead=True))
                i += 1
            elif kind == "fn":
                out.append(FTN_BLOCK.format(text=_enc(b.text.removeprefix("[1] "))))
                i += 1
            else:
                out.append(PARA + word_inline(b) + "</p>")
                i += 1
    return "\n".join(out)


def render_plain(story: Story) -> str:
    """Typed into the site's editor (a 2014 CKEditor 3): plain paragraphs, <em> captions."""
    out = []
    for b in story.blocks:
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(f'<p style="text-align: center;"><img alt="" src="{esc(b.src)}" style="width: 500px; height: 333px;" /></p>')
            if b.printed:
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
    return "\n".join(out)


def render_onep(story: Story) -> str:
    """The whole text in one <p>, paragraphs separated by <br><br>; the photo and name after it."""
    texts = [esc(b.text) for b in story.blocks if isinstance(b, P)]
    out = ['<p style="text-align: justify;">' + "<br />\n<br />\n".join(texts) + "</p>"]
    for b in story.blocks:
        if isinstance(b, Img):
            out.append(f'<p style="text-align: center;"><img alt="" src="{esc(b.src)}" style="width: 480px; height: 320px;" /></p>')
        elif isinstance(b, Raw):
            out.append(b.html)
    return "\n".join(out)


def render_body(story: Story) -> str:
    editor = story.opts.get("editor", "word")
    if editor == "plain":
        return render_plain(story)
    if editor == "onep":
        return render_onep(story)
    return render_word(story)


# --- gold ------------------------------------------------------------------------------------------


def article_path(story: Story) -> str:
    return f"/chi-tiet.php?id={story.id}"


GOLD = [
    gold_record(
        s,
        article_path(s),
        CATEGORIES[s.cat],
        alt_paths=(f"/chi-tiet.php?id={s.id}&cat={s.cat}", f"/chi-tiet.php?id={s.id}&print=1"),
    )
    for s in STORIES
]

# House convention (gold harmonised after the first crawl): a ``<br>`` inside a paragraph is a line
# break a reader sees, so the lines on either side are paragraphs of their own, as in every other
# fixture (a poem's stanza lines, a block typed with Enter in a builder).
for _story, _gold in zip(STORIES, GOLD, strict=True):
    for _p in _story.blocks:
        if isinstance(_p, P) and _p.style == "br":
            _gold["body"] = _gold["body"].replace(
                collapse(_p.text), "\n\n".join(collapse(line) for line in _p.text.split("\n"))
            )

NON_ARTICLES = [
    "/gioi-thieu.php",
    "/doi-ngu.php",
    "/thu-vien-anh.php",
    "/lien-he.php",
    "/thoi-khoa-bieu.php",
    "/van-ban.php",
]

# --- chrome ------------------------------------------------------------------------------------

DOCS = [
    ("Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "ke-hoach-giao-duc-2026-2027.pdf", "12-09-2026"),
    ("Quy chế chi tiêu nội bộ năm 2026", "quy-che-chi-tieu-noi-bo-2026.pdf", "02-10-2026"),
    ("Công văn hướng dẫn kiểm tra cuối học kỳ I", "cv-kiem-tra-hk1-2026.pdf", "20-11-2026"),
    ("Quyết định thành lập đội tuyển HSG lớp 9", "qd-doi-tuyen-hsg-2026.pdf", "15-10-2026"),
]
MENU = [
    ("index.php", "Trang chủ"),
    ("gioi-thieu.php", "Giới thiệu"),
    ("tin-tuc.php?cat=0", "Tin tức"),
    ("tin-tuc.php?cat=2", "Chuyên môn"),
    ("tin-tuc.php?cat=3", "Công đoàn"),
    ("tin-tuc.php?cat=4", "Thi đua - Khen thưởng"),
    ("doi-ngu.php", "Đội ngũ"),
    ("thoi-khoa-bieu.php", "Thời khóa biểu"),
    ("thu-vien-anh.php", "Thư viện ảnh"),
    ("lien-he.php", "Liên hệ"),
]


def left_column() -> str:
    cats = "\n".join(
        f'<li><img src="images/muiten.gif" width="7" height="7" alt=""> <a href="tin-tuc.php?cat={k}">{esc(v)}</a></li>'
        for k, v in CATEGORIES.items()
    )
    latest = "\n".join(
        f'<li><a href="chi-tiet.php?id={s.id}" title="{esc(s.title)}">{esc(s.title)}</a> '
        f'<span class="ngay_nho">({date_dmy(s)})</span></li>'
        for s in newest(STORIES)[:5]
    )
    docs = "\n".join(
        f'<li><a href="upload/vanban/{f}" target="_blank">{esc(t)}</a> <img src="images/new.gif" alt=""></li>'
        for t, f, _d in DOCS[:3]
    )
    digits = "".join(f'<img src="images/dem/{d}.gif" width="15" height="20" alt="{d}">' for d in "0123456")
    return f"""<td class="cot_trai" width="220" valign="top">
<div class="khoi_trai"><div class="tieude_khoi">DANH MỤC</div>
<ul class="ds_trai">
{cats}
</ul></div>
<div class="khoi_trai"><div class="tieude_khoi">TIN MỚI</div>
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="220">
<ul class="ds_tinmoi">
{latest}
</ul></marquee></div>
<div class="khoi_trai"><div class="tieude_khoi">VĂN BẢN</div>
<ul class="ds_trai">
{docs}
</ul><div class="xemtiep"><a href="van-ban.php">Xem tất cả »</a></div></div>
<div class="khoi_trai"><div class="tieude_khoi">LIÊN KẾT</div>
<select onchange="if(this.value!='')window.open(this.value)" style="width:190px">
<option value="">-- Liên kết website --</option>
<option value="http://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://quangtri.edu.vn">Sở GD&amp;ĐT Quảng Trị</option>
<option value="http://pgddongha.edu.vn">Phòng GD&amp;ĐT Đông Hà</option>
</select>
<ul class="ds_trai"><li><a href="http://truonghocketnoi.edu.vn" target="_blank">Trường học kết nối</a></li>
<li><a href="http://violympic.vn" target="_blank">ViOlympic</a></li></ul></div>
<div class="khoi_trai"><div class="tieude_khoi">THĂM DÒ Ý KIẾN</div>
<form name="frmBinhChon" method="post" action="binh-chon.php">
<p>Bạn thấy website của trường thế nào?</p>
<input type="radio" name="ykien" value="1"> Đẹp, dễ xem<br>
<input type="radio" name="ykien" value="2"> Bình thường<br>
<input type="radio" name="ykien" value="3"> Cần cải tiến<br>
<input type="submit" value="Bình chọn"> <input type="button" value="Kết quả" onclick="window.open('ket-qua-binh-chon.php','','width=400,height=300')">
</form></div>
<div class="khoi_trai"><div class="tieude_khoi">THỐNG KÊ</div>
<div class="thongke">Đang online: 7<br>Hôm nay: 248<br>Số lượt truy cập:<br>{digits}</div></div>
</td>"""


def layout(title: str, main: str) -> str:
    menu = " | ".join(f'<a href="{h}" class="menu_ngang">{esc(t)}</a>' for h, t in MENU)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="THCS Lê Lợi, Đông Hà, Quảng Trị, trường học" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="js/dongho.js"></script>
</head>
<body>
<table class="bao" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="dau_trang"><img src="images/banner.jpg" width="1000" height="180" alt="Trường THCS Lê Lợi - TP. Đông Hà - Quảng Trị" /></td></tr>
<tr><td colspan="2" class="thanh_menu">{menu}
<span class="dongho"><span id="dongho"></span><script type="text/javascript">hienthidongho('dongho');</script><noscript>{CLOCK}</noscript></span></td></tr>
<tr>
{left_column()}
<td class="giua" valign="top">
{main}
</td>
</tr>
<tr><td colspan="2" class="chan_trang">
<b>TRƯỜNG TRUNG HỌC CƠ SỞ LÊ LỢI - THÀNH PHỐ ĐÔNG HÀ</b><br />
Địa chỉ: 02 Lê Lợi, phường Đông Lương, TP. Đông Hà, tỉnh Quảng Trị<br />
Điện thoại: (0233) 3852 417 - Email: thcsleloi.dh@quangtri.edu.vn<br />
Thiết kế: Tổ Tin học - 2014
</td></tr>
</table>
</body>
</html>"""


def excerpt(story: Story) -> str:
    first = collapse(story.paragraphs[0])
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    if story.images:
        src = story.images[0].src.lstrip("/")
        return f'<img src="{esc(src)}" width="120" height="80" class="anh_nho" alt="" />'
    return '<img src="images/no-image.jpg" width="120" height="80" class="anh_nho" alt="" />'


def item(story: Story, href: str) -> str:
    return f"""<div class="tin">
<a href="{href}">{thumb(story)}</a>
<a href="{href}" class="tieude_tin">{esc(story.title)}</a> <span class="ngay">({date_dmy(story)})</span>
<div class="trichdan">{esc(excerpt(story))}</div>
<div class="clear"></div></div>"""


def home(request: Request) -> Response:
    items = "\n".join(item(s, f"chi-tiet.php?id={s.id}") for s in newest(STORIES)[:5])
    main = f"""<div class="khung_giua"><div class="tieude_giua">TIN TỨC - SỰ KIỆN</div>
{items}
<div class="xemtiep"><a href="tin-tuc.php?cat=0">Xem tất cả tin »</a></div></div>
<div class="khung_giua"><div class="tieude_giua">VĂN BẢN MỚI</div>
<ul>{"".join(f'<li><a href="upload/vanban/{f}">{esc(t)}</a> ({d})</li>' for t, f, d in DOCS)}</ul></div>"""
    return html(layout(f"{SCHOOL} - TP. Đông Hà - Quảng Trị", main))


def listing(request: Request) -> Response | None:
    cat = request.params.get("cat", "0")
    if cat != "0" and cat not in CATEGORIES:
        return None
    try:
        page = int(request.params.get("page", "1"))
    except ValueError:
        page = 1
    stories = newest([s for s in STORIES if cat == "0" or s.cat == cat])
    pages = max(1, -(-len(stories) // PER_PAGE))
    if not 1 <= page <= pages:
        page = 1
    shown = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = "Tin tức - Sự kiện" if cat == "0" else CATEGORIES[cat]
    suffix = "" if cat == "0" else f"&cat={cat}"
    items = "\n".join(item(s, f"chi-tiet.php?id={s.id}{suffix}") for s in shown)
    links = [f'<a href="tin-tuc.php?cat={cat}&page=1">&lt;&lt;</a>']
    for n in range(1, pages + 1):
        links.append(f"<b>{n}</b>" if n == page else f'<a href="tin-tuc.php?cat={cat}&page={n}">{n}</a>')
    links.append(f'<a href="tin-tuc.php?cat={cat}&page={pages}">&gt;&gt;</a>')
    main = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> » {esc(name)}</div>
<div class="khung_giua"><div class="tieude_giua">{esc(name.upper())}</div>
{items}
<div class="phantrang">Trang: {" ".join(links)}</div></div>"""
    return html(layout(f"{name} - {SCHOOL}", main))


def article(request: Request, story: Story) -> Response:
    older = [s for s in newest(STORIES) if s.cat == story.cat and s.published_at < story.published_at][:5]
    others = "\n".join(
        f'<li><a href="chi-tiet.php?id={s.id}&cat={s.cat}">{esc(s.title)}</a> <span class="ngay">({date_dmy(s)})</span></li>'
        for s in older
    )
    tinkhac = f'<div class="tinkhac"><b>Các tin đã đưa:</b><ul>\n{others}\n</ul></div>' if others else ""
    main = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> » <a href="tin-tuc.php?cat={story.cat}">{esc(CATEGORIES[story.cat])}</a></div>
<div class="tintuc_ct">
<div class="tieude_ct">{esc(story.title)}</div>
<div class="ngaydang">Ngày đăng: {date_line(story)} | Lượt xem: {views(story)}</div>
<div class="td_noidung">
{render_body(story)}
</div>
<div class="congcu">[<a href="chi-tiet.php?id={story.id}&print=1" target="_blank">In bài</a>] [<a href="javascript:void(0)" onclick="guibanbe({story.id})">Gửi bạn bè</a>] [<a href="javascript:history.back()">Quay lại</a>]</div>
{tinkhac}
</div>"""
    return html(layout(f"{story.title} - {SCHOOL}", main))


def print_view(request: Request, story: Story) -> Response:
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài: {esc(story.title)}</title>
<link href="css/in.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print()">
<div class="in_bai">
<div class="logo_in">TRƯỜNG THCS LÊ LỢI - TP. ĐÔNG HÀ</div>
<div class="tieude_ct">{esc(story.title)}</div>
<div class="ngaydang">Ngày đăng: {date_line(story)}</div>
<div class="td_noidung">
{render_body(story)}
</div>
<p class="congcu"><a href="javascript:window.print()">In trang này</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></p>
</div>
</body></html>"""
    return html(body)


def missing_article() -> Response:
    main = '<div class="tintuc_ct"><div class="thongbao">Tin này không tồn tại hoặc đã bị xóa.</div><a href="index.php">Về trang chủ</a></div>'
    return html(layout(SCHOOL, main))


# --- static pages ------------------------------------------------------------------------------

TEACHERS = [
    ("Lê Văn Hùng", "1972", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"),
    ("Nguyễn Thị Minh Tâm", "1976", "Phó Hiệu trưởng", "Đại học Sư phạm Toán"),
    ("Hoàng Thị Mai", "1980", "Tổ trưởng Tổ Ngữ văn", "Đại học Sư phạm Ngữ văn"),
    ("Phan Thị Ngọc Ánh", "1985", "Giáo viên Toán", "Đại học Sư phạm Toán"),
    ("Võ Thị Kim Oanh", "1983", "Giáo viên Sinh học", "Đại học Sư phạm Sinh"),
    ("Trương Công Định", "1979", "Tổ trưởng Tổ Sử - Địa - GDCD", "Đại học Sư phạm Lịch sử"),
    ("Đặng Văn Quý", "1987", "Giáo viên Tin học", "Đại học Công nghệ thông tin"),
    ("Lê Quang Vinh", "1990", "Tổng phụ trách Đội", "Đại học Sư phạm Âm nhạc"),
]


def static_page(title: str, content: str) -> Response:
    main = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> » {esc(title)}</div>
<div class="khung_giua"><div class="tieude_giua">{esc(title.upper())}</div>
<div class="noidung_tinh">
{content}
</div></div>"""
    return html(layout(f"{title} - {SCHOOL}", main))


def page_gioi_thieu() -> Response:
    return static_page(
        "Giới thiệu",
        """<p><b>Trường THCS Lê Lợi</b> được thành lập năm 1983 trên cơ sở tách ra từ Trường PTCS Đông Lương,
nằm ở trung tâm thành phố Đông Hà, tỉnh Quảng Trị.</p>
<p>Qua hơn 40 năm xây dựng và trưởng thành, nhà trường đã nhiều lần được công nhận là Tập thể lao động
xuất sắc, được Chủ tịch UBND tỉnh tặng Cờ thi đua và Bộ trưởng Bộ GD&amp;ĐT tặng Bằng khen. Năm 2019 trường
được công nhận đạt chuẩn quốc gia mức độ 2.</p>
<p>Hiện nay nhà trường có 28 lớp với hơn 1.100 học sinh, 64 cán bộ, giáo viên, nhân viên.</p>
<p><img src="images/truong-le-loi.jpg" width="500" alt="Toàn cảnh Trường THCS Lê Lợi" /></p>""",
    )


def page_doi_ngu() -> Response:
    rows = "\n".join(
        f"<tr><td align=\"center\">{i}</td><td>{esc(n)}</td><td align=\"center\">{y}</td><td>{esc(c)}</td><td>{esc(q)}</td></tr>"
        for i, (n, y, c, q) in enumerate(TEACHERS, 1)
    )
    return static_page(
        "Đội ngũ giáo viên",
        f"""<p>Danh sách cán bộ quản lý, tổ trưởng chuyên môn năm học 2026 - 2027:</p>
<table class="bang" width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><th>TT</th><th>Họ và tên</th><th>Năm sinh</th><th>Chức vụ</th><th>Trình độ</th></tr>
{rows}
</table>""",
    )


ALBUMS = [
    ("Lễ khai giảng năm học 2026 - 2027", "khai-giang-2026-1.jpg", "09"),
    ("Hội thi giáo viên dạy giỏi cấp trường", "gvdg-2026.jpg", "10"),
    ("Kỷ niệm Ngày Nhà giáo Việt Nam 20/11", "ky-niem-20-11-1.jpg", "11"),
    ("Hội khỏe Phù Đổng cấp trường", "hkpd-2026.jpg", "11"),
]


def page_thu_vien_anh() -> Response:
    cells = "\n".join(
        f'<td align="center" width="33%"><a href="upload/tintuc/2026/{m}/{f}" rel="lightbox[album]" title="{esc(t)}">'
        f'<img src="upload/tintuc/2026/{m}/{f}" width="180" height="120" alt="{esc(t)}" /></a><br />'
        f'<span class="chuthich_anh">{esc(t)}</span></td>'
        for t, f, m in ALBUMS
    )
    return static_page(
        "Thư viện ảnh",
        f'<table width="100%" cellpadding="5"><tr>\n{cells}\n</tr></table>\n'
        '<script type="text/javascript" src="js/lightbox.js"></script>',
    )


def page_lien_he() -> Response:
    return static_page(
        "Liên hệ",
        """<p><b>TRƯỜNG THCS LÊ LỢI</b><br />Địa chỉ: 02 Lê Lợi, phường Đông Lương, TP. Đông Hà, tỉnh Quảng Trị<br />
Điện thoại: (0233) 3852 417 - Fax: (0233) 3852 418<br />Email: thcsleloi.dh@quangtri.edu.vn</p>
<form name="frmLienHe" method="post" action="lien-he.php" onsubmit="return kiemtra()">
<table><tr><td>Họ và tên (*):</td><td><input type="text" name="hoten" size="40" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" size="40" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="noidung" cols="45" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="gui" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
</table></form>""",
    )


def page_tkb() -> Response:
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    subjects = {
        "9/1": ["Chào cờ, Toán, Văn, Văn, Anh", "Toán, KHTN, Sử, Địa, Tin", "Văn, Anh, KHTN, GDCD, Toán",
                "KHTN, Toán, Công nghệ, Anh, HĐTN", "Văn, Văn, Toán, Thể dục, Nghệ thuật", "KHTN, Anh, Sử, HĐTN, Sinh hoạt"],
        "8/3": ["Chào cờ, Anh, Toán, KHTN, Văn", "Văn, Văn, Toán, Tin, Thể dục", "KHTN, Toán, Anh, Sử, Địa",
                "Toán, Văn, GDCD, KHTN, Nghệ thuật", "Anh, KHTN, Công nghệ, Toán, HĐTN", "Văn, Sử, Địa, HĐTN, Sinh hoạt"],
    }
    tables = []
    for cls, per_day in subjects.items():
        rows = "\n".join(f"<tr><td>{d}</td><td>{esc(s)}</td></tr>" for d, s in zip(days, per_day, strict=True))
        tables.append(
            f'<p><b>Lớp {cls}</b></p><table class="bang" border="1" cellspacing="0" cellpadding="3" width="100%">'
            f"<tr><th>Thứ</th><th>Buổi sáng (tiết 1 - 5)</th></tr>\n{rows}\n</table>"
        )
    return static_page(
        "Thời khóa biểu",
        "<p><i>Thời khóa biểu học kỳ I - Áp dụng từ ngày 09/11/2026</i></p>\n" + "\n".join(tables),
    )


def page_van_ban() -> Response:
    rows = "\n".join(
        f'<tr><td align="center">{i}</td><td><a href="upload/vanban/{f}" target="_blank">{esc(t)}</a></td><td align="center">{d}</td>'
        f'<td align="center"><a href="upload/vanban/{f}"><img src="images/pdf.gif" alt="Tải về" /></a></td></tr>'
        for i, (t, f, d) in enumerate(DOCS, 1)
    )
    return static_page(
        "Văn bản",
        f'<table class="bang" border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<tr><th>TT</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Tải về</th></tr>\n{rows}\n</table>",
    )


STATIC = {
    "/gioi-thieu.php": page_gioi_thieu,
    "/doi-ngu.php": page_doi_ngu,
    "/thu-vien-anh.php": page_thu_vien_anh,
    "/lien-he.php": page_lien_he,
    "/thoi-khoa-bieu.php": page_tkb,
    "/van-ban.php": page_van_ban,
}


class MswordSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")):
            return static_file(path)
        if path in ("/", "/index.php"):
            return home(request)
        if path == "/tin-tuc.php":
            return listing(request)
        if path == "/chi-tiet.php":
            try:
                story = BY_ID.get(int(request.params.get("id", "")))
            except ValueError:
                story = None
            if story is None:
                return missing_article()
            if request.params.get("print") == "1":
                return print_view(request, story)
            return article(request, story)
        if path in STATIC:
            return STATIC[path]()
        return None


def build_site() -> MswordSite:
    return MswordSite()
