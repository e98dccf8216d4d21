"""perl_cgi_tct: a provincial political school's site on a home-made Perl CGI news script (c. 2003).

Platform
    "Trường Chính trị tỉnh Tuyên Quang" still runs the news script a local IT centre wrote in
    2003: one ``/cgi-bin/news.cgi`` that prints every dynamic page from flat-file records, laid out
    in fixed-width tables (778 px, three columns), ``<font>`` tags, spacer GIFs, a JavaScript
    drop-down menu and a ``counter.cgi`` image. The CGI pages are written in windows-1258 (tone
    marks as combining characters), announced only by a ``<meta http-equiv>``. Next to it live
    static ``/html/`` pages made in FrontPage 4 and Word 2000 ("Save as Web Page"), some typed in
    the VNI fonts years ago and converted to Unicode by hand.

URL scheme
    ``/``                                         domain-forwarding frameset (index.html)
    ``/cgi-bin/news.cgi``                         home page
    ``/cgi-bin/news.cgi?action=list&cat=N[&page=N]``  category listing, 4 items a page
    ``/cgi-bin/news.cgi?action=view&id=N[&cat=N]``    article (listings add ``&cat=N``)
    ``/cgi-bin/news.cgi?action=print&id=N``       print view (opened by ``javascript:inbai(N)``)
    ``/cgi-bin/news.cgi?action=send&id=N``        "send to a friend" form (JS pop-up)
    ``/cgi-bin/news.cgi?action=vb[&id=N]``        documents (văn bản) list / entry
    ``/cgi-bin/news.cgi?action=lich``             this week's work calendar
    ``/cgi-bin/album.cgi?id=3``                   photo album
    ``/cgi-bin/guestbook.cgi``                    guest book (Sổ lưu niệm)
    ``/cgi-bin/search.cgi?q=…``                   search (GET form)
    ``/cgi-bin/counter.cgi?…``                    the visitor counter image
    ``/html/gioithieu.htm``, ``/html/cocau.htm``, ``/html/lienhe.htm``   static pages (FrontPage)
    ``/html/chuyende/index.htm`` and two ``/html/chuyende/cd_*.htm``      "Chuyên đề" (static)

Page templates
    CGI pages: banner row, a red menu bar with today's date and ``onmouseover`` drop-downs (hidden
    ``<div id="menuN">`` with real links), a left column (DANH MỤC, links ``<select>``, counter), the
    content column and a right column (TIN ĐỌC NHIỀU, poll, photo library, "Chuyên đề" banner
    image); a footer table. An article is one ``<td id="o3_nd">``: breadcrumb, headline in
    ``<font size=3 color=#990000><b>``, an info line "Ngày đăng: dd/mm/yyyy - HHhMM' | Lượt xem |
    Người gửi: <account>", a spacer GIF, then the body as the textarea's text with ``<br>`` for
    every newline (no ``<p>``), photos in small centred tables with a caption row, the byline as a
    right-aligned ``<div>``; below it (same cell) the tool line, "Sửa lần cuối" and "Các tin khác".
    Static pages: FrontPage/Word markup (``MsoNormal``, ``mso-list``, footnotes) with a header table
    pasted by hand.

How each gold article is reached
    ``/`` → frame ``/cgi-bin/news.cgi`` (home). Home: the top story (118), the "Tin mới" marquee
    (119, 117, 116, 115, 113) and category boxes (118, 115, 116, 110, 113, 119, 117), all as
    ``action=view&id=N``. Category listings (menu, drop-downs, "Xem tiếp") link ``&cat=N`` forms:
    112 and 108 are only on "Tin hoạt động" page 1, 104 and 101 only on its page 2. The two
    "Chuyên đề" articles are static pages linked from ``/html/chuyende/index.htm`` (drop-down menu
    and a banner image in the right column).

Traps
    1. Frameset start page: ``/`` is a domain-forwarding ``<frameset>`` whose only real content is
       ``<frame src="/cgi-bin/news.cgi">`` (and a ``<noframes>`` link). Gold: the site is behind the
       frame; the frameset and its blank bottom frame are not articles.
    2. Encoding: CGI pages are windows-1258 bytes with tone marks as combining characters; the HTTP
       header says only ``text/html`` (no charset), the ``<meta>`` says windows-1258. Gold text is
       NFC Vietnamese.
    3. ``<br>`` text: the article body is plain textarea text with ``<br>`` newlines inside ``<font>``
       in one table cell that also holds the headline, the info line, the byline, the tool line,
       "Sửa lần cuối" and "Các tin khác". Gold: every ``<br>``-separated line is a paragraph; a
       bold first line is the sapo; nothing after the byline is body.
    4. Dates: "Ngày đăng: 03/12/2026 - 14h30'" (Vietnamese hour format) gives a time; records
       imported from the old script print "- 00h00'" (midnight: the day alone); "Sửa lần cuối:
       04/12/2026 - 09h12'" is an update date, never the publication; listings print "[dd/mm/yyyy]"
       of their own rows; static pages print "(Đăng ngày …)" above and FrontPage's "Cập nhật lần
       cuối: …" below (gold: the Đăng ngày day).
    5. Duplicates: listings link ``action=view&id=N&cat=C`` (the only form the page-2 articles
       are linked in), the home page links ``action=view&id=N``; the print view hides behind
       ``javascript:inbai(N)``. There is no rel=canonical. Gold: canonical ``action=view&id=N``,
       the other two in ``alt_paths``.
    6. Soft 404: the deleted article 109 is still linked ("Tin đọc nhiều", a "Xem thêm" line) and
       answers 200 in full chrome with "Tin này không tồn tại hoặc đã bị xoá!". Gold: no article.
    7. Lying paginator: "Tin hoạt động" counts deleted rows and prints "Trang: [1] 2 3"; page 3 is
       an empty "Chưa có tin" page; the menu's ``action=list&cat=1`` and the paginator's
       ``&page=1`` are the same listing. Gold: 104 and 101 only via page 2.
    8. Word 2000 static page (cd_hcm2026): ``mso-list:Ignore`` dash markers (no text), footnote
       calls "[1]" in ``MsoFootnoteReference`` spans glued to the sentence (kept as printed), the
       footnote list after ``<hr width=33%>`` (body), and a VML ``<v:imagedata src=…image001.jpg>``
       inside a conditional comment while the printed ``<img>`` is ``image002.jpg``. Gold: the
       list items without dashes, the calls and notes kept, one image: image002.jpg.
    9. VNI leftovers (cd_chibo): the page was converted to Unicode by hand but still wraps the text
       in ``<font face="VNI-Times">`` (Unicode text that must not be decoded again); one paragraph
       the converter missed is still VNI glyph text ("Tuy nhieân, vaãn coøn …"). Gold: the
       Vietnamese every paragraph shows in its font, NFC.
    10. Titles: ``<title>`` is the site name without diacritics on every CGI page; listings cut
        titles at ~70 characters with "..."; the headline is the red ``<font>`` in the content.
    11. Official notice (117): party letterhead table "TỈNH ỦY TUYÊN QUANG / TRƯỜNG CHÍNH TRỊ TỈNH
        | ĐẢNG CỘNG SẢN VIỆT NAM", "Số 214-TB/TCT", "Tuyên Quang, ngày 30 tháng 11 năm 2026",
        "THÔNG BÁO / Về việc …", then "Nơi nhận" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký)
        / Nguyễn Thị Thu Hà". Posted 01/12/2026 08h15'. Gold: date 2026-11-30, author the signer,
        body only the numbered text between subject and closing.
    12. Bylines: every info line names a CMS account ("Người gửi: quantri / admin / BBT /
        hoangtrang") → nobody; the real bylines are at the end ("Tin, ảnh: X", "Tin: X - Ảnh: Y",
        "ThS. X - Trưởng Khoa …", a unit alone, a bare name) or, for the research article, at the
        top right above the sapo with the unit on the next line.
    13. Images that are not photos: ``counter.cgi`` digits, ``dot.gif`` spacer inside the content
        cell, ``muiten.gif`` bullets before "Các tin khác", print/e-mail icons, thumbnails in
        listings. A photo whose line only credits "Ảnh: Quang Huy" has caption None; a caption in
        parentheses loses them.
    14. Guest book: dated, signed little posts (Sổ lưu niệm) that look like news; not articles.

Gold decisions on ambiguous points
    - ``published_at`` of CGI articles comes from "Ngày đăng"; "00h00'" is midnight → the day.
    - The notice's letterhead day wins over its "Ngày đăng" (house rule for official documents).
    - Static "Chuyên đề" pages: "(Đăng ngày dd/mm/yyyy)" → the day; category "Chuyên đề" as the
      breadcrumb and the menu print it.
    - Research article 113: the "Tài liệu tham khảo:" heading and its "[n] …" entries are body
      (the text's own notes); the bracketed calls stay glued as printed ("…công việc”[1].").
    - Table rows (110) are paragraphs with cells joined by " | ", the header row included.
    - Lines the editor began with "- " keep the dash; Word's list bullets do not.
    - The "./." that closes the notice's last sentence is part of that sentence.
    - "Theo Báo Tuyên Quang" closing 101 → source "Báo Tuyên Quang"; "Theo kế hoạch, …" in 108
      is text.
    - A bold first line is the sapo (summary); the notice, 115, 108, 110, 101 and 119 have none.
    - The byline "Phòng Quản lý đào tạo và NCKH" is kept as printed (abbreviation and all).
"""

from __future__ import annotations

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    to_vni,
)

NAME = "perl_cgi_tct"
PLATFORM = "Home-made Perl CGI news script (news.cgi, 2003) with static FrontPage/Word /html/ pages"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SITE = "Trường Chính trị tỉnh Tuyên Quang"
CGI = "/cgi-bin/news.cgi"

CATS = {
    1: "Tin hoạt động",
    2: "Đào tạo - Bồi dưỡng",
    3: "Nghiên cứu - Trao đổi",
    4: "Thông báo",
}
CHUYENDE = "Chuyên đề"
PER_PAGE = 4
#: rows the paginator counts, deleted ones included (trap 7)
LISTED_COUNT = {1: 9, 2: 2, 3: 1, 4: 2}
DELETED_ID = 109


def _right(html_text: str) -> Raw:
    return Raw(f'<div align="right"><b>{html_text}</b></div>\n')


# --- the CGI articles ----------------------------------------------------------------------------

A118 = Story(
    id=118,
    slug="kg-hamyen",
    title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2026 - 2027 tại xã Hàm Yên",
    cat=CATS[1],
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Sáng ngày 03/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung cấp "
        "lý luận chính trị - hành chính hệ không tập trung khóa 2026 - 2027 tại xã Hàm Yên cho 86 học "
        "viên là cán bộ, công chức cấp xã và viên chức các đơn vị sự nghiệp trên địa bàn."
    ),
    blocks=[
        P(
            "Sáng ngày 03/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung cấp "
            "lý luận chính trị - hành chính hệ không tập trung khóa 2026 - 2027 tại xã Hàm Yên cho 86 học "
            "viên là cán bộ, công chức cấp xã và viên chức các đơn vị sự nghiệp trên địa bàn.",
            "b",
        ),
        Img(
            "../upload/anh/2026/12/kg_hamyen_01.jpg",
            "Đồng chí Hoàng Văn Sơn, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "Đồng chí Hoàng Văn Sơn, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "tbl",
        ),
        P(
            "Dự lễ khai giảng có đồng chí Ma Thị Hường, Phó Bí thư Thường trực Đảng ủy xã Hàm Yên; đại "
            "diện lãnh đạo các khoa, phòng của Nhà trường cùng toàn thể học viên lớp học."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Hoàng Văn Sơn, Phó Hiệu trưởng Nhà trường nhấn mạnh: Chương "
            "trình Trung cấp lý luận chính trị - hành chính nhằm trang bị cho học viên những kiến thức cơ "
            "bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, quan điểm, đường lối của Đảng, chính sách, "
            "pháp luật của Nhà nước; kỹ năng lãnh đạo, quản lý ở cơ sở trong điều kiện vận hành mô hình "
            "chính quyền địa phương hai cấp."
        ),
        P(
            "Đồng chí đề nghị học viên nghiêm túc chấp hành quy chế học tập, tích cực nghiên cứu, trao đổi, "
            "liên hệ thực tiễn địa phương, đơn vị; Ban cán sự lớp phối hợp chặt chẽ với giáo viên chủ "
            "nhiệm trong quản lý lớp học.",
            "1",
        ),
        Img(
            "../upload/anh/2026/12/kg_hamyen_02.jpg",
            "(Các học viên tham dự lễ khai giảng)",
            "Các học viên tham dự lễ khai giảng",
            "tbl",
        ),
        P(
            "Lớp học được tổ chức trong thời gian 12 tháng, học vào các ngày thứ Sáu, thứ Bảy và Chủ nhật "
            "hằng tuần tại Hội trường Đảng ủy xã Hàm Yên."
        ),
        _right("Tin, ảnh: Hoàng Thu Trang"),
    ],
    authors=["Hoàng Thu Trang"],
    photographers=["Hoàng Thu Trang"],
    opts={"posted": "03/12/2026 - 14h30'", "account": "hoangtrang", "edited": "04/12/2026 - 09h12'"},
)

A115 = Story(
    id=115,
    slug="hnvc-2026",
    title="Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2026",
    cat=CATS[1],
    published_at="2026-11-27T16:05:00+07:00",
    blocks=[
        P(
            "Chiều ngày 27/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội nghị viên chức, người lao "
            "động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và triển khai phương hướng, "
            "nhiệm vụ năm 2027."
        ),
        Img("../upload/anh/2026/11/hnvc2026.jpg", None, None, "plain"),
        P(
            "Năm 2026, trong bối cảnh vừa sắp xếp tổ chức bộ máy sau hợp nhất hai tỉnh Tuyên Quang và Hà "
            "Giang, Nhà trường đã chủ động xây dựng kế hoạch, tổ chức 42 lớp đào tạo, bồi dưỡng với 3.516 "
            "học viên, vượt 8% kế hoạch năm. Chất lượng giảng dạy được nâng lên; 100% giảng viên đạt "
            "chuẩn giờ giảng theo quy định."
        ),
        P("Một số chỉ tiêu chủ yếu năm 2027:", "h"),
        P("- Mở 45 lớp đào tạo, bồi dưỡng với khoảng 3.800 học viên;", "1"),
        P("- 100% giảng viên đi nghiên cứu thực tế theo quy định;", "1"),
        P("- Phấn đấu có 01 đề tài khoa học cấp tỉnh được nghiệm thu đạt loại Khá trở lên."),
        P(
            "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và ký giao ước thi "
            "đua năm 2027 giữa các khoa, phòng."
        ),
        _right("Phòng Tổ chức - Hành chính"),
    ],
    authors=["Phòng Tổ chức - Hành chính"],
    opts={"posted": "27/11/2026 - 16h05'", "account": "quantri", "edited": "28/11/2026 - 10h05'"},
)

A112 = Story(
    id=112,
    slug="minhtan-tangqua",
    title="Trường Chính trị tỉnh thăm, tặng quà thầy và trò Trường PTDTBT Tiểu học và THCS Minh Tân",
    cat=CATS[1],
    published_at="2026-11-20T08:00:00+07:00",
    summary=(
        "Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, đoàn công tác Trường Chính trị tỉnh do "
        "đồng chí Vương Thị Hạnh, Phó Hiệu trưởng làm trưởng đoàn đã đến thăm, tặng quà thầy và trò "
        "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Minh Tân."
    ),
    blocks=[
        P(
            "Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, đoàn công tác Trường Chính trị tỉnh do "
            "đồng chí Vương Thị Hạnh, Phó Hiệu trưởng làm trưởng đoàn đã đến thăm, tặng quà thầy và trò "
            "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Minh Tân.",
            "b",
        ),
        Img("../upload/anh/2026/11/minhtan_tangqua.jpg", "Ảnh: Quang Huy", None, "credit"),
        P(
            "Tại buổi thăm, đoàn đã trao tặng nhà trường 50 suất quà gồm chăn ấm, áo khoác, sách vở và đồ "
            "dùng học tập với tổng trị giá 35 triệu đồng, do cán bộ, giảng viên Nhà trường đóng góp."
        ),
        P(
            "Thay mặt thầy và trò nhà trường, cô giáo Lý Thị Mai, Hiệu trưởng Trường PTDTBT Tiểu học và THCS "
            "Minh Tân cảm ơn tấm lòng của cán bộ, giảng viên Trường Chính trị tỉnh và hứa sẽ tiếp tục nỗ "
            "lực, vượt khó để hoàn thành tốt nhiệm vụ năm học 2026 - 2027."
        ),
        _right("Tin: Nguyễn Thị Lan - Ảnh: Quang Huy"),
    ],
    authors=["Nguyễn Thị Lan"],
    photographers=["Quang Huy"],
    opts={"posted": "20/11/2026 - 08h00'", "account": "quantri"},
)

A108 = Story(
    id=108,
    slug="chibo-llcs",
    title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
    cat=CATS[1],
    published_at="2026-11-10",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 15-KH/ĐU của Đảng ủy Trường Chính trị tỉnh về sinh hoạt chuyên đề năm "
            "2026, ngày 07/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
            "“Nâng cao chất lượng giảng dạy gắn với thực tiễn chính quyền địa phương hai cấp”."
        ),
        P(
            "Theo kế hoạch, mỗi đảng viên trong chi bộ đăng ký ít nhất một nội dung đổi mới phương pháp "
            "giảng dạy và báo cáo kết quả tại kỳ sinh hoạt quý I năm 2027."
        ),
        P(
            "Các ý kiến thảo luận tập trung vào việc cập nhật tình huống thực tiễn ở cơ sở vào bài giảng, "
            "tăng thời lượng thảo luận nhóm và đổi mới cách đánh giá kết quả học tập của học viên."
        ),
        P(
            "Kết thúc buổi sinh hoạt, đồng chí Bí thư Chi bộ đã tiếp thu các ý kiến và giao các đảng viên "
            "hoàn thiện đề cương bài giảng trước ngày 30/12/2026."
        ),
        _right("ThS. Đặng Văn Hùng - Trưởng Khoa Lý luận cơ sở"),
    ],
    authors=["Đặng Văn Hùng"],
    opts={"posted": "10/11/2026 - 00h00'", "account": "admin"},
)

A104 = Story(
    id=104,
    slug="hoithi-gvdg",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat=CATS[1],
    published_at="2026-10-28T15:45:00+07:00",
    summary=(
        "Từ ngày 26 đến 28/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường "
        "năm 2026 với sự tham gia của 18 giảng viên thuộc 4 khoa chuyên môn."
    ),
    blocks=[
        P(
            "Từ ngày 26 đến 28/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường "
            "năm 2026 với sự tham gia của 18 giảng viên thuộc 4 khoa chuyên môn.",
            "b",
        ),
        P(
            "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trong thời gian 45 phút và trả lời câu "
            "hỏi của Ban Giám khảo. Các bài giảng bám sát chương trình, có nhiều tình huống gắn với thực "
            "tiễn của tỉnh sau hợp nhất."
        ),
        Img(
            "../upload/anh/2026/10/hoithi_gvdg.jpg",
            "(Ban Giám khảo chấm bài giảng của các giảng viên)",
            "Ban Giám khảo chấm bài giảng của các giảng viên",
            "tbl",
        ),
        P(
            "Kết quả, Ban Tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 06 giải Khuyến khích. "
            "Giải Nhất thuộc về ThS. Trần Thị Thu Hằng, Khoa Nhà nước và pháp luật với bài giảng “Kiểm soát "
            "quyền lực trong công tác cán bộ”."
        ),
        _right("Bích Ngọc"),
    ],
    authors=["Bích Ngọc"],
    opts={"posted": "28/10/2026 - 15h45'", "account": "quantri"},
)

A101 = Story(
    id=101,
    slug="caobang-ntt",
    title="Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại tỉnh Cao Bằng",
    cat=CATS[1],
    published_at="2026-10-16T07:30:00+07:00",
    blocks=[
        P(
            "Từ ngày 12 đến 15/10/2026, Trường Chính trị tỉnh phối hợp với Học viện Chính trị khu vực I tổ "
            "chức cho 72 học viên lớp Cao cấp lý luận chính trị hệ không tập trung K75 đi nghiên cứu thực "
            "tế tại tỉnh Cao Bằng."
        ),
        Img(
            "../upload/anh/2026/10/caobang_ntt.jpg",
            "Đoàn học viên dâng hương tại Khu di tích Quốc gia đặc biệt Pác Bó",
            "Đoàn học viên dâng hương tại Khu di tích Quốc gia đặc biệt Pác Bó",
            "tbl",
        ),
        P(
            "Tại đây, đoàn đã dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu di tích Quốc gia đặc biệt "
            "Pác Bó; làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng về kết quả phát triển kinh tế "
            "- xã hội vùng biên giới."
        ),
        P("Chuyến đi giúp học viên có thêm tư liệu thực tiễn phục vụ viết tiểu luận tốt nghiệp."),
        _right("<i>Theo Báo Tuyên Quang</i>"),
    ],
    source="Báo Tuyên Quang",
    opts={"posted": "16/10/2026 - 07h30'", "account": "quantri"},
)

A116 = Story(
    id=116,
    slug="bg-qpan-dt4",
    title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat=CATS[2],
    published_at="2026-11-29T10:20:00+07:00",
    summary=(
        "Sáng 29/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng lớp "
        "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
    ),
    blocks=[
        P(
            "Sáng 29/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng lớp "
            "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
            "b",
        ),
        P(
            "Sau 10 ngày học tập, 124 học viên là trưởng thôn, tổ trưởng tổ dân phố, cán bộ các đoàn thể ở "
            "cơ sở đã được bồi dưỡng 9 chuyên đề về nhiệm vụ quốc phòng, an ninh trong tình hình mới."
        ),
        Img(
            "../upload/anh/2026/11/bg_qpan_dt4.jpg",
            "Trao giấy chứng nhận cho học viên có thành tích xuất sắc",
            "Trao giấy chứng nhận cho học viên có thành tích xuất sắc",
            "tbl",
        ),
        P(
            "100% học viên hoàn thành chương trình, trong đó có 38 học viên đạt loại giỏi, 79 học viên đạt "
            "loại khá. Nhà trường tặng giấy khen cho 12 học viên có thành tích xuất sắc trong học tập."
        ),
        Raw(
            f'<i>Xem thêm: <a href="news.cgi?action=view&id={DELETED_ID}">Khai giảng lớp Bồi dưỡng kiến thức '
            "quốc phòng và an ninh cho đối tượng 4 năm 2026</a></i><br>\n"
        ),
    ],
    opts={"posted": "29/11/2026 - 10h20'", "account": "admin"},
)

A110 = Story(
    id=110,
    slug="tuyensinh-tcll",
    title="Kết quả tuyển sinh các lớp Trung cấp lý luận chính trị - hành chính năm 2026",
    cat=CATS[2],
    published_at="2026-11-14",
    blocks=[
        P(
            "Căn cứ chỉ tiêu được Ban Thường vụ Tỉnh ủy giao, Trường Chính trị tỉnh thông báo kết quả tuyển "
            "sinh các lớp Trung cấp lý luận chính trị - hành chính năm 2026 như sau:"
        ),
        P("TT | Lớp | Địa điểm học | Số học viên", "tr"),
        P("1 | TCLLCT-HC K115 | Tại Trường | 92", "tr"),
        P("2 | TCLLCT-HC K116 | Xã Hàm Yên | 86", "tr"),
        P("3 | TCLLCT-HC K117 | Phường Hà Giang 1 | 78", "tr"),
        P(
            "Các lớp học bắt đầu khai giảng từ tháng 12/2026. Đề nghị các cơ quan, đơn vị tạo điều kiện để "
            "học viên tham gia học tập đầy đủ."
        ),
        _right("Phòng Quản lý đào tạo và NCKH"),
    ],
    authors=["Phòng Quản lý đào tạo và NCKH"],
    opts={"posted": "14/11/2026 - 00h00'", "account": "quantri"},
)

A113 = Story(
    id=113,
    slug="phongcach-hcm",
    title="Vận dụng tư tưởng Hồ Chí Minh về phong cách làm việc trong xây dựng đội ngũ cán bộ cơ sở hiện nay",
    cat=CATS[3],
    published_at="2026-11-22",
    summary=(
        "Phong cách làm việc Hồ Chí Minh là tấm gương mẫu mực về sự khoa học, dân chủ, nêu gương. Vận "
        "dụng những giá trị đó vào xây dựng đội ngũ cán bộ cơ sở có ý nghĩa quan trọng trong bối cảnh "
        "thực hiện mô hình chính quyền địa phương hai cấp."
    ),
    blocks=[
        Raw(
            '<div align="right"><b>TS. Phạm Thị Minh Nguyệt</b><br>\n'
            "<i>Khoa Nhà nước và pháp luật</i></div><br>\n"
        ),
        P(
            "Phong cách làm việc Hồ Chí Minh là tấm gương mẫu mực về sự khoa học, dân chủ, nêu gương. Vận "
            "dụng những giá trị đó vào xây dựng đội ngũ cán bộ cơ sở có ý nghĩa quan trọng trong bối cảnh "
            "thực hiện mô hình chính quyền địa phương hai cấp.",
            "b",
        ),
        P("1. Một số nội dung cơ bản trong phong cách làm việc Hồ Chí Minh", "h"),
        P(
            "Chủ tịch Hồ Chí Minh chỉ rõ: “Cán bộ là cái gốc của mọi công việc”[1]. Theo Người, người cán bộ "
            "phải có phong cách làm việc sâu sát, gần dân, “óc nghĩ, mắt trông, chân đi, miệng nói, tay "
            "làm”[2]."
        ),
        P(
            "Phong cách làm việc dân chủ được Người thể hiện ở việc lắng nghe ý kiến của quần chúng, tôn "
            "trọng tập thể, phát huy trí tuệ của mọi người."
        ),
        P("2. Vận dụng trong xây dựng đội ngũ cán bộ cơ sở hiện nay", "h"),
        P(
            "Một là, đổi mới công tác đào tạo, bồi dưỡng theo hướng gắn lý luận với thực tiễn, chú trọng kỹ "
            "năng giải quyết tình huống ở cơ sở.",
            "1",
        ),
        P(
            "Hai là, phát huy vai trò nêu gương của người đứng đầu cấp ủy, chính quyền xã, phường[3]."
        ),
        P("Tài liệu tham khảo:", "h"),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, H.2011, t.5, tr.309.", "1"),
        P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.327.", "1"),
        P(
            "[3] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV, Nxb. Chính trị "
            "quốc gia Sự thật, H.2026, t.I, tr.186."
        ),
    ],
    authors=["Phạm Thị Minh Nguyệt"],
    opts={"posted": "22/11/2026 - 00h00'", "account": "quantri"},
)

_LETTERHEAD = (
    '<table width="100%" border="0" cellspacing="0" cellpadding="2">\n'
    '<tr><td width="45%" align="center" valign="top"><font size="2">TỈNH ỦY TUYÊN QUANG<br>\n'
    "<b>TRƯỜNG CHÍNH TRỊ TỈNH</b><br>*<br>Số 214-TB/TCT</font></td>\n"
    '<td align="center" valign="top"><font size="2"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br><br>\n'
    "<i>Tuyên Quang, ngày 30 tháng 11 năm 2026</i></font></td></tr>\n"
    "</table><br>\n"
    "<center><b>THÔNG BÁO</b><br>\n"
    "<b>Về việc tổ chức học bù cho các lớp Trung cấp lý luận chính trị - hành chính tháng 12/2026</b>"
    "<br>-----</center><br>\n"
)
_CLOSING = (
    '<table width="100%" border="0" cellspacing="0" cellpadding="2">\n'
    '<tr><td width="50%" valign="top"><font size="1"><b><i>Nơi nhận:</i></b><br>\n'
    "- Các lớp TCLLCT-HC;<br>\n- Các khoa, phòng;<br>\n- Lưu VP.</font></td>\n"
    '<td align="center" valign="top"><font size="2"><b>K/T HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</b><br><br>\n'
    "<i>(Đã ký)</i><br><br>\n<b>Nguyễn Thị Thu Hà</b></font></td></tr>\n"
    "</table>\n"
)

A117 = Story(
    id=117,
    slug="tb-hocbu",
    title="Thông báo về việc tổ chức học bù cho các lớp Trung cấp lý luận chính trị - hành chính tháng 12/2026",
    cat=CATS[4],
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Do mưa lớn kéo dài trong các ngày từ 17 đến 19/11/2026, một số lớp Trung cấp lý luận chính trị "
            "- hành chính đã phải tạm dừng học tập. Để bảo đảm tiến độ chương trình, Nhà trường thông báo "
            "lịch học bù như sau:",
            "1",
        ),
        P("1. Lớp TCLLCT-HC K112 (tại Trường): học bù vào thứ Bảy, Chủ nhật các ngày 12, 13/12/2026.", "1"),
        P("2. Lớp TCLLCT-HC K113 (tại xã Yên Sơn): học bù vào các ngày 19, 20/12/2026.", "1"),
        P(
            "Đề nghị giáo viên chủ nhiệm các lớp thông báo tới học viên và thực hiện nghiêm túc lịch học bù "
            "nêu trên./."
        ),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={"posted": "01/12/2026 - 08h15'", "account": "quantri"},
)

A119 = Story(
    id=119,
    slug="tb-tuyendung",
    title="Thông báo tuyển dụng viên chức năm 2026",
    cat=CATS[4],
    published_at="2026-12-04T16:05:00+07:00",
    blocks=[
        P("Trường Chính trị tỉnh Tuyên Quang thông báo tuyển dụng viên chức năm 2026 như sau:"),
        P("1. Chỉ tiêu tuyển dụng: 05 chỉ tiêu", "h"),
        P("- Giảng viên Khoa Lý luận cơ sở: 02 chỉ tiêu;", "1"),
        P("- Giảng viên Khoa Xây dựng Đảng: 02 chỉ tiêu;", "1"),
        P("- Chuyên viên Phòng Tổ chức - Hành chính: 01 chỉ tiêu.", "1"),
        P("2. Thời gian, địa điểm nhận hồ sơ", "h"),
        P(
            "Từ ngày 07/12/2026 đến hết ngày 05/01/2027 (trong giờ hành chính) tại Phòng Tổ chức - Hành chính, "
            "Trường Chính trị tỉnh Tuyên Quang. Điện thoại: 0207.3822.416."
        ),
        Raw(
            '<img src="../images/icon_doc.gif" width="16" height="16" border="0" align="absmiddle"> '
            'File đính kèm: <a href="../upload/files/tb_tuyendung_2026.doc">tb_tuyendung_2026.doc</a> '
            "(48 Kb)<br>\n"
        ),
    ],
    opts={"posted": "04/12/2026 - 16h05'", "account": "BBT"},
)

CGI_STORIES = [A119, A118, A117, A116, A115, A113, A112, A110, A108, A104, A101]
BY_ID = {s.id: s for s in CGI_STORIES}
CAT_OF = {s.id: next(k for k, v in CATS.items() if v == s.cat) for s in CGI_STORIES}


# --- the static "Chuyên đề" articles ----------------------------------------------------------

S_HCM = Story(
    id=901,
    slug="cd_hcm2026",
    title=(
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở Tuyên Quang: "
        "Kết quả và bài học kinh nghiệm"
    ),
    cat=CHUYENDE,
    published_at="2026-10-12",
    summary=(
        "Hơn 10 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, việc học tập và làm theo tư tưởng, "
        "đạo đức, phong cách Hồ Chí Minh đã trở thành việc làm thường xuyên, tự giác của cán bộ, đảng "
        "viên và Nhân dân các dân tộc tỉnh Tuyên Quang."
    ),
    blocks=[
        P(
            "Hơn 10 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, việc học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh đã trở thành việc làm thường xuyên, tự giác của cán bộ, đảng "
            "viên và Nhân dân các dân tộc tỉnh Tuyên Quang.",
            "sapo",
        ),
        P(
            "Tuyên Quang là “Thủ đô kháng chiến”, nơi Chủ tịch Hồ Chí Minh sống và làm việc trong những năm "
            "tháng lãnh đạo cuộc kháng chiến chống thực dân Pháp.[1] Ghi nhớ lời dạy của Người, Đảng bộ "
            "tỉnh luôn xác định học tập và làm theo Bác là nhiệm vụ chính trị quan trọng, thường xuyên.",
            "fn:1",
        ),
        Img(
            "cd_hcm2026_files/image002.jpg",
            "Khu di tích lịch sử Tân Trào, xã Tân Trào, tỉnh Tuyên Quang",
            "Khu di tích lịch sử Tân Trào, xã Tân Trào, tỉnh Tuyên Quang",
            "word",
        ),
        P("Kết quả nổi bật", "h"),
        P(
            "Các cấp ủy đảng đã cụ thể hóa nội dung học tập thành chuẩn mực đạo đức của cán bộ, đảng viên "
            "gắn với chức trách, nhiệm vụ;",
            "li",
        ),
        P("Xây dựng và nhân rộng nhiều mô hình, điển hình tiên tiến trong học tập và làm theo Bác;", "li"),
        P("Gắn việc học tập và làm theo Bác với công tác xây dựng, chỉnh đốn Đảng.", "li"),
        P(
            "Từ thực tiễn đó, có thể rút ra bài học: phải phát huy vai trò nêu gương của người đứng đầu, "
            "“trên trước, dưới sau, trong trước, ngoài sau”.[2]",
            "fn:2",
        ),
        P(
            "[1] Từ tháng 5/1945 đến tháng 10/1954, Chủ tịch Hồ Chí Minh đã sống và làm việc tại nhiều địa "
            "điểm thuộc tỉnh Tuyên Quang.",
            "note:1",
        ),
        P(
            "[2] Ban Tuyên giáo và Dân vận Trung ương: Tài liệu học tập chuyên đề năm 2026, Nxb. Chính trị "
            "quốc gia Sự thật, H.2026, tr.45.",
            "note:2",
        ),
    ],
    authors=["Lương Văn Khánh"],
    opts={"path": "/html/chuyende/cd_hcm2026.htm", "posted": "12/10/2026", "updated": "14/10/2026"},
)

S_CHIBO = Story(
    id=902,
    slug="cd_chibo",
    title="Nâng cao chất lượng sinh hoạt chi bộ ở vùng đồng bào dân tộc thiểu số",
    cat=CHUYENDE,
    published_at="2026-11-03",
    blocks=[
        P(
            "Chi bộ là nền tảng của Đảng, là hạt nhân chính trị ở cơ sở. Ở vùng đồng bào dân tộc thiểu số, "
            "chất lượng sinh hoạt chi bộ có ý nghĩa quyết định đến việc đưa chủ trương, đường lối của Đảng "
            "vào cuộc sống."
        ),
        P(
            "Thời gian qua, nhiều chi bộ thôn, bản trên địa bàn tỉnh đã đổi mới nội dung sinh hoạt, lựa chọn "
            "chuyên đề sát với đời sống của bà con như phát triển cây chè Shan tuyết, trồng rừng gỗ lớn, "
            "giữ gìn bản sắc văn hóa dân tộc."
        ),
        P(
            "Tuy nhiên, vẫn còn một số chi bộ sinh hoạt hình thức, nội dung đơn điệu; tỷ lệ đảng viên tham "
            "gia phát biểu ý kiến còn thấp; việc ghi biên bản sinh hoạt chưa đầy đủ.",
            "vni",
        ),
        P(
            "Để nâng cao chất lượng sinh hoạt chi bộ, cần tập trung vào một số giải pháp: bồi dưỡng kỹ năng "
            "cho bí thư chi bộ; sử dụng tiếng dân tộc trong sinh hoạt khi cần thiết; tăng cường sự hướng "
            "dẫn, kiểm tra của đảng ủy cấp xã."
        ),
        Raw(
            '<p align="right"><font face="VNI-Times" size="3"><b>Nguyễn Thị Bích Thủy</b> - '
            "<i>Khoa Xây dựng Đảng</i></font></p>\n"
        ),
    ],
    authors=["Nguyễn Thị Bích Thủy"],
    opts={"path": "/html/chuyende/cd_chibo.htm", "posted": "03/11/2026", "updated": "05/11/2026"},
)

STATIC_STORIES = [S_CHIBO, S_HCM]


# --- chrome of the CGI pages ----------------------------------------------------------------------

_MENU = [
    ("Trang chủ", CGI, []),
    (
        "Giới thiệu",
        "/html/gioithieu.htm",
        [("Lịch sử hình thành", "/html/gioithieu.htm"), ("Cơ cấu tổ chức", "/html/cocau.htm")],
    ),
    (
        "Tin tức",
        f"{CGI}?action=list&cat=1",
        [
            (CATS[1], f"{CGI}?action=list&cat=1"),
            (CATS[2], f"{CGI}?action=list&cat=2"),
            (CATS[4], f"{CGI}?action=list&cat=4"),
        ],
    ),
    (
        "Nghiên cứu",
        f"{CGI}?action=list&cat=3",
        [(CATS[3], f"{CGI}?action=list&cat=3"), (CHUYENDE, "/html/chuyende/index.htm")],
    ),
    ("Văn bản", f"{CGI}?action=vb", [("Lịch công tác", f"{CGI}?action=lich")]),
    ("Sổ lưu niệm", "/cgi-bin/guestbook.cgi", []),
    ("Liên hệ", "/html/lienhe.htm", []),
]


def _top(request: Request, *, static: bool = False) -> str:
    cells = []
    divs = []
    for n, (label, href, subs) in enumerate(_MENU, start=1):
        over = f' onmouseover="hienmenu({n})" onmouseout="anmenu({n})"' if subs else ""
        cells.append(
            f'<td nowrap align="center" class="menu_ngang"{over}>'
            f'<a href="{href}"><font face="Arial" size="2" color="#FFFFFF"><b>{esc(label)}</b></font></a></td>'
            '<td width="1"><img src="/images/sep_menu.gif" width="1" height="22"></td>'
        )
        if subs:
            links = "".join(
                f'<tr><td class="menu_doc" bgcolor="#FFF7E8" onmouseover="this.bgColor=\'#F2D9B3\'" '
                f'onmouseout="this.bgColor=\'#FFF7E8\'"><a href="{h}"><font size="2" color="#7A1F00">'
                f"{esc(t)}</font></a></td></tr>"
                for t, h in subs
            )
            divs.append(
                f'<div id="menu{n}" style="position:absolute;visibility:hidden;z-index:9;width:170px" '
                f'onmouseover="hienmenu({n})" onmouseout="anmenu({n})">'
                f'<table width="170" border="0" cellspacing="1" cellpadding="3" bgcolor="#C8A36B">{links}</table></div>'
            )
    note = "<!--#include virtual=\"/cgi-bin/ngay.cgi\" -->" if static else "<!-- ngay thang: sub ngay() -->"
    return (
        '<a name="top"></a>\n'
        '<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">\n'
        '<tr><td colspan="2"><img src="/images/banner_tct.jpg" width="778" height="118" border="0" '
        'alt="Truong Chinh tri tinh Tuyen Quang"></td></tr>\n'
        '<tr bgcolor="#990000"><td height="24">\n<table border="0" cellspacing="0" cellpadding="4"><tr>'
        + "".join(cells)
        + '</tr></table>\n</td>\n<td align="right" nowrap>'
        f'{note}<font face="Arial" size="1" color="#FFFF99"><b>{HEADER_DATE}</b></font>&nbsp;</td></tr>\n'
        "</table>\n" + "\n".join(divs) + "\n"
    )


def _left() -> str:
    links = [
        ("Trang chủ", CGI),
        ("Giới thiệu chung", "/html/gioithieu.htm"),
        ("Cơ cấu tổ chức", "/html/cocau.htm"),
        (CATS[1], f"{CGI}?action=list&cat=1"),
        (CATS[2], f"{CGI}?action=list&cat=2"),
        (CATS[3], f"{CGI}?action=list&cat=3"),
        (CATS[4], f"{CGI}?action=list&cat=4"),
        ("Văn bản - Tài liệu", f"{CGI}?action=vb"),
        ("Lịch công tác tuần", f"{CGI}?action=lich"),
        ("Thư viện ảnh", "/cgi-bin/album.cgi?id=3"),
        ("Liên hệ - Góp ý", "/html/lienhe.htm"),
    ]
    rows = "".join(
        f'<tr><td width="14"><img src="/images/bullet_do.gif" width="9" height="9"></td>'
        f'<td class="chu9"><a href="{h}"><font face="Arial" size="2" color="#333333">{esc(t)}</font></a></td></tr>\n'
        for t, h in links
    )
    return (
        '<td width="170" valign="top" bgcolor="#F7EEDB" id="o1_trai">\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="3">\n'
        '<tr><td colspan="2" bgcolor="#B22222" height="22"><font face="Arial" size="2" color="#FFFFFF">'
        "<b>&nbsp;DANH MỤC</b></font></td></tr>\n" + rows + "</table><br>\n"
        '<table width="100%" border="0" cellspacing="0" cellpadding="3">\n'
        '<tr><td bgcolor="#B22222"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;TÌM KIẾM</b></font></td></tr>\n'
        '<tr><td><form action="/cgi-bin/search.cgi" method="get" style="margin:0">'
        '<input type="text" name="q" size="14" style="font-size:11px"> '
        '<input type="submit" value="Tìm" style="font-size:11px"></form></td></tr></table><br>\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="3">\n'
        '<tr><td bgcolor="#B22222"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;LIÊN KẾT WEBSITE</b></font></td></tr>\n'
        '<tr><td><select name="lienket" style="width:160px;font-size:11px" '
        "onchange=\"if(this.value!='')window.open(this.value)\">\n"
        '<option value="">-- Chọn liên kết --</option>\n'
        '<option value="http://www.tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>\n'
        '<option value="http://www.baotuyenquang.com.vn">Báo Tuyên Quang</option>\n'
        '<option value="http://hcma.vn">Học viện CTQG Hồ Chí Minh</option>\n'
        '<option value="http://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option>\n'
        "</select></td></tr></table><br>\n"
        '<table width="100%" border="0" cellspacing="0" cellpadding="3">\n'
        '<tr><td bgcolor="#B22222"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;THỐNG KÊ TRUY CẬP</b></font></td></tr>\n'
        '<tr><td><font face="Arial" size="1">Đang online: <b>7</b><br>Hôm nay: <b>215</b><br>'
        'Tổng truy cập:<br><img src="/cgi-bin/counter.cgi?df=tct.dat&dd=B&ft=0" border="0" '
        'alt="counter"></font></td></tr></table>\n'
        "</td>\n"
    )


def _right_col() -> str:
    docnhieu = [(118, None), (DELETED_ID, "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026"),
                (113, None), (116, None)]
    items = "".join(
        f'<img src="/images/muiten.gif" width="7" height="7"> <a href="{CGI}?action=view&id={i}">'
        f'<font size="1" color="#003366">{esc(t or BY_ID[i].title)}</font></a><br>\n'
        for i, t in docnhieu
    )
    return (
        '<td width="170" valign="top" bgcolor="#F7EEDB" id="o4_phai">\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="3">\n'
        '<tr><td bgcolor="#B22222"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;TIN ĐỌC NHIỀU</b></font></td></tr>\n'
        f'<tr><td><font face="Arial">{items}</font></td></tr></table><br>\n'
        '<a href="/html/chuyende/index.htm"><img src="/images/banner_chuyende.gif" width="165" height="60" '
        'border="0"></a><br><br>\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="3">\n'
        '<tr><td bgcolor="#B22222"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;THĂM DÒ Ý KIẾN</b></font></td></tr>\n'
        '<tr><td><form action="/cgi-bin/poll.cgi" method="post" style="margin:0">'
        '<font face="Arial" size="1">Bạn biết đến website của Nhà trường qua kênh nào?<br>\n'
        '<input type="radio" name="vote" value="1">Báo, đài<br>\n'
        '<input type="radio" name="vote" value="2">Bạn bè, đồng nghiệp<br>\n'
        '<input type="radio" name="vote" value="3">Công cụ tìm kiếm<br>\n'
        '<input type="radio" name="vote" value="4">Khác<br>\n'
        '<input type="submit" value="Bình chọn" style="font-size:10px"> '
        "<a href=\"javascript:void(window.open('/cgi-bin/poll.cgi?action=ketqua','kq','width=300,height=250'))\">"
        "Xem kết quả</a></font></form></td></tr></table><br>\n"
        '<table width="100%" border="0" cellspacing="0" cellpadding="3">\n'
        '<tr><td bgcolor="#B22222"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;THƯ VIỆN ẢNH</b></font></td></tr>\n'
        '<tr><td align="center"><a href="/cgi-bin/album.cgi?id=3"><img src="/upload/album/3/thumb_01.jpg" '
        'width="150" height="100" border="1"></a><br><font size="1">Lễ khai giảng năm học 2026 - 2027</font>'
        "</td></tr></table>\n"
        "</td>\n"
    )


def _footer() -> str:
    return (
        '<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">\n'
        '<tr><td height="3" bgcolor="#990000"><img src="/images/dot.gif" width="1" height="3"></td></tr>\n'
        '<tr><td align="center" bgcolor="#F2E3C6"><font face="Arial" size="1" color="#5A1A00">'
        f"<b>{SITE.upper()}</b><br>\n"
        "Địa chỉ: Đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang - ĐT: 0207.3822.416 - Fax: 0207.3822.419<br>\n"
        'Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a><br>\n'
        "Ghi rõ nguồn khi phát hành lại thông tin từ website này. Copyright &copy; 2003 - 2026<br>\n"
        "Thiết kế: Trung tâm Tin học tỉnh. Xem tốt nhất với IE 5.0+, độ phân giải 800x600</font></td></tr>\n"
        "</table>\n"
    )


_HEAD_SCRIPT = """<script language="JavaScript">
<!--
function hienmenu(n){var d=document.getElementById?document.getElementById('menu'+n):document.all['menu'+n];if(d)d.style.visibility='visible';}
function anmenu(n){var d=document.getElementById?document.getElementById('menu'+n):document.all['menu'+n];if(d)d.style.visibility='hidden';}
function inbai(id){window.open('news.cgi?action=print&id='+id,'inbai','width=640,height=560,scrollbars=yes');}
function guiban(id){window.open('news.cgi?action=send&id='+id,'guiban','width=420,height=360');}
//-->
</script>"""


def _cgi_page(request: Request, content: str) -> Response:
    page = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">\n'
        "<title>Truong Chinh tri tinh Tuyen Quang</title>\n"
        '<link rel="stylesheet" href="/style.css" type="text/css">\n'
        f"{_HEAD_SCRIPT}\n</head>\n"
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
        + _top(request)
        + '<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">\n<tr>\n'
        + _left()
        + '<td width="6"><img src="/images/dot.gif" width="6" height="1"></td>\n'
        '<td width="426" valign="top" id="o3_giua">\n'
        + content
        + "</td>\n"
        '<td width="6"><img src="/images/dot.gif" width="6" height="1"></td>\n'
        + _right_col()
        + "</tr>\n</table>\n"
        + _footer()
        + "</body>\n</html>\n"
    )
    return html(cp1258_bytes(page), charset=None)


def _crumb(*parts: tuple[str, str | None]) -> str:
    links = ['<a href="news.cgi"><font color="#7A1F00">Trang chủ</font></a>']
    for label, href in parts:
        links.append(f'<a href="{href}"><font color="#7A1F00">{esc(label)}</font></a>' if href else esc(label))
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="dd_tin">'
        '<font face="Arial" size="1">' + " &raquo; ".join(links) + "</font></td></tr></table>\n"
    )


def _box(title: str, inner: str) -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
        '<tr><td background="/images/bg_tieude.gif" height="24"><img src="/images/icon_tieude.gif" '
        f'width="18" height="18" align="absmiddle"><font face="Arial" size="2" color="#990000"><b>{title}</b>'
        "</font></td></tr>\n"
        f'<tr><td style="padding:4px">{inner}</td></tr>\n</table><br>\n'
    )


def _day(story: Story) -> str:
    return story.opts["posted"].split(" - ")[0]


def _short(title: str, width: int = 70) -> str:
    if len(title) <= width:
        return title
    return title[:width].rsplit(" ", 1)[0] + "..."


# --- article markup ------------------------------------------------------------------------------


def _img_table(img: Img) -> str:
    line = ""
    if img.printed:
        align = "right" if img.style == "credit" else "center"
        line = (
            f'<tr><td align="{align}"><font face="Arial" size="1" color="#333333"><i>{esc(img.printed)}</i>'
            "</font></td></tr>"
        )
    return (
        '<table align="center" width="410" border="0" cellspacing="0" cellpadding="2">'
        f'<tr><td align="center"><img src="{img.src}" width="400" border="0"></td></tr>{line}</table><br>\n'
    )


def _cgi_body(story: Story) -> str:
    out: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if not rows:
            return
        trs = []
        for n, row in enumerate(rows):
            cells = row.split(" | ")
            if n == 0:
                trs.append(
                    '<tr bgcolor="#EEEEEE">'
                    + "".join(f'<td align="center"><font size="2"><b>{esc(c)}</b></font></td>' for c in cells)
                    + "</tr>"
                )
            else:
                trs.append("<tr>" + "".join(f'<td><font size="2">{esc(c)}</font></td>' for c in cells) + "</tr>")
        out.append(
            '<table width="95%" align="center" border="1" cellspacing="0" cellpadding="3" '
            'bordercolor="#999999" style="border-collapse:collapse">\n' + "\n".join(trs) + "\n</table><br>\n"
        )
        rows.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style == "tr":
            rows.append(block.text)
            continue
        flush()
        if isinstance(block, P):
            t = esc(block.text)
            if block.style == "b":
                out.append(f"<b>{t}</b><br>\n<br>\n")
            elif block.style == "h":
                out.append(f"<b>{t}</b><br>\n")
            elif block.style == "1":
                out.append(f"{t}<br>\n")
            else:
                out.append(f"{t}<br>\n<br>\n")
        elif isinstance(block, Img):
            if block.style == "plain":
                out.append(f'<center><img src="{block.src}" width="400" border="0"></center><br>\n')
            else:
                out.append(_img_table(block))
        else:
            out.append(block.html)
    flush()
    return "".join(out)


def _info_line(story: Story) -> str:
    return (
        f'<font face="Arial" size="1" color="#808080">Ngày đăng: {story.opts["posted"]} &nbsp;|&nbsp; '
        f"Lượt xem: {story.views()} &nbsp;|&nbsp; Người gửi: {esc(story.opts['account'])}</font>"
    )


def _others(story: Story) -> str:
    cat = CAT_OF[story.id]
    others = [s for s in CGI_STORIES if CAT_OF[s.id] == cat and s.id != story.id][:3]
    if not others:
        return ""
    rows = "".join(
        f'<img src="../images/muiten.gif" width="7" height="7"> <a href="news.cgi?action=view&id={s.id}">'
        f'<font size="2" color="#003366">{esc(s.title)}</font></a> <font size="1" color="#999999">'
        f"({_day(s)})</font><br>\n"
        for s in others
    )
    return (
        '<hr size="1" color="#CCCCCC"><font face="Arial" size="2" color="#990000"><b>Các tin khác:</b></font><br>\n'
        + rows
    )


def _article(request: Request, story: Story) -> Response:
    cat = CAT_OF[story.id]
    edited = (
        f'<br><font face="Arial" size="1" color="#999999">Sửa lần cuối: {story.opts["edited"]}</font>'
        if story.opts.get("edited")
        else ""
    )
    content = (
        _crumb((story.cat, f"news.cgi?action=list&cat={cat}"))
        + '<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td id="o3_nd" class="txt11">\n'
        f'<font face="Arial" size="3" color="#990000"><b>{esc(story.title)}</b></font><br>\n'
        + _info_line(story)
        + '<br><img src="../images/dot.gif" width="1" height="8"><br>\n'
        '<hr size="1" color="#CCCCCC">\n'
        '<font face="Times New Roman" size="3">\n'
        + _cgi_body(story)
        + "</font>\n"
        '<div align="right"><font face="Arial" size="1">'
        f'<a href="javascript:inbai({story.id})"><img src="../images/print.gif" border="0" align="absmiddle"> In bài</a>'
        f' | <a href="javascript:guiban({story.id})"><img src="../images/email.gif" border="0" align="absmiddle"> '
        'Gửi bạn bè</a> | <a href="#top">Về đầu trang</a></font></div>'
        + edited
        + "\n"
        + _others(story)
        + "</td></tr></table>\n"
    )
    return _cgi_page(request, content)


def _print_view(request: Request, story: Story) -> Response:
    page = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">\n'
        "<title>In bai viet</title>\n</head>\n"
        '<body bgcolor="#FFFFFF" onload="window.print()">\n'
        '<table width="600" border="0" cellspacing="0" cellpadding="4" align="center"><tr><td>\n'
        f'<font face="Arial" size="2"><b>{SITE.upper()}</b></font><hr size="1">\n'
        f'<font face="Arial" size="3"><b>{esc(story.title)}</b></font><br>\n'
        f'<font face="Arial" size="1">Ngày đăng: {story.opts["posted"]}</font><br><br>\n'
        '<font face="Times New Roman" size="3">\n'
        + _cgi_body(story)
        + "</font>\n<hr size=\"1\">\n"
        f'<font face="Arial" size="1">Địa chỉ bài viết: {base_url(request)}{CGI}?action=view&amp;id={story.id}<br>\n'
        '<a href="javascript:window.print()">[In trang này]</a> <a href="javascript:window.close()">[Đóng cửa sổ]</a>'
        "</font>\n</td></tr></table>\n</body>\n</html>\n"
    )
    return html(cp1258_bytes(page), charset=None)


def _send_form(request: Request, story: Story) -> Response:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        "<title>Gui tin cho ban be</title></head><body>\n"
        '<form action="/cgi-bin/news.cgi" method="post"><input type="hidden" name="action" value="sendmail">'
        f'<input type="hidden" name="id" value="{story.id}">\n'
        f'<font face="Arial" size="2"><b>Gửi tin cho bạn bè</b><br>Tin: {esc(story.title)}<br>\n'
        'Email người nhận: <input name="to" size="30"><br>Tên của bạn: <input name="ten" size="30"><br>\n'
        '<input type="submit" value="Gửi"></font></form></body></html>\n'
    )
    return html(cp1258_bytes(page), charset=None)


def _deleted(request: Request) -> Response:
    content = (
        _crumb(("Thông báo lỗi", None))
        + '<table width="100%" border="0" cellpadding="20"><tr><td align="center">'
        '<font face="Arial" size="2" color="#CC0000"><b>Tin này không tồn tại hoặc đã bị xoá!</b></font><br><br>'
        '<a href="javascript:history.back()">[Quay lại]</a></td></tr></table>\n'
    )
    return _cgi_page(request, content)


# --- listings and home ------------------------------------------------------------------------


def _excerpt(story: Story, width: int = 170) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= width else first[:width].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    img = next(iter(story.images), None)
    if img is None:
        return "../images/no_image.gif"
    return img.src.replace(".jpg", "_s.jpg")


def _listing(request: Request, cat: int, page: int) -> Response:
    stories = [s for s in CGI_STORIES if CAT_OF[s.id] == cat]
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = []
    for s in chunk:
        href = f"news.cgi?action=view&id={s.id}&cat={cat}"
        rows.append(
            '<tr><td width="90" valign="top">'
            f'<a href="{href}"><img src="{_thumb(s)}" width="80" height="60" border="1"></a></td>\n'
            f'<td valign="top"><a href="{href}"><font face="Arial" size="2" color="#003399"><b>'
            f"{esc(_short(s.title))}</b></font></a> "
            f'<font size="1" color="#808080">[{_day(s)}]</font><br>\n'
            f'<font size="2">{esc(_excerpt(s))}</font> <a href="{href}"><font size="1">[Chi tiết]</font></a>'
            "</td></tr>\n"
            '<tr><td colspan="2"><img src="../images/line_dot.gif" width="100%" height="1"></td></tr>\n'
        )
    if not rows:
        rows.append('<tr><td align="center"><font size="2"><i>Chưa có tin trong mục này.</i></font></td></tr>\n')
    pages = -(-LISTED_COUNT[cat] // PER_PAGE)
    pager = []
    for n in range(1, pages + 1):
        if n == page:
            pager.append(f"<b>[{n}]</b>")
        else:
            pager.append(f'<a href="news.cgi?action=list&cat={cat}&page={n}">{n}</a>')
    if page < pages:
        pager.append(f'<a href="news.cgi?action=list&cat={cat}&page={page + 1}">Sau &gt;&gt;</a>')
    content = (
        _crumb((CATS[cat], None))
        + f'<font face="Arial" size="3" color="#990000"><b>{esc(CATS[cat].upper())}</b></font><br>\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="3">\n'
        + "".join(rows)
        + "</table>\n"
        '<div align="right"><font face="Arial" size="2">Trang: ' + " ".join(pager) + "</font></div>\n"
    )
    return _cgi_page(request, content)


def _home(request: Request) -> Response:
    top = A118
    marquee = "".join(
        f'<img src="../images/new.gif" width="28" height="11"> <a href="news.cgi?action=view&id={s.id}">'
        f'<font size="2" color="#003366">{esc(s.title)}</font></a> <font size="1" color="#999999">'
        f"({_day(s)})</font><br><br>\n"
        for s in (A119, A117, A116, A115, A113)
    )

    def catbox(cat: int, ids: list[int]) -> str:
        items = "".join(
            f'<img src="../images/muiten.gif" width="7" height="7"> <a href="news.cgi?action=view&id={i}">'
            f'<font size="2">{esc(BY_ID[i].title)}</font></a><br>\n'
            for i in ids
        )
        more = (
            f'<div align="right"><a href="news.cgi?action=list&cat={cat}"><font size="1">Xem tiếp &raquo;</font>'
            "</a></div>"
        )
        return _box(esc(CATS[cat].upper()), items + more)

    content = (
        _box(
            "TIN NỔI BẬT",
            f'<a href="news.cgi?action=view&id={top.id}"><img src="{_thumb(top)}" width="160" height="110" '
            'align="left" hspace="5" vspace="2" border="1"></a>'
            f'<a href="news.cgi?action=view&id={top.id}"><font face="Arial" size="2" color="#990000"><b>'
            f"{esc(top.title)}</b></font></a><br>\n"
            f'<font size="2">{esc(_excerpt(top, 240))}</font><br clear="all">',
        )
        + _box(
            "TIN MỚI CẬP NHẬT",
            '<marquee direction="up" scrollamount="1" scrolldelay="60" height="150" '
            'onmouseover="this.stop()" onmouseout="this.start()">\n' + marquee + "</marquee>",
        )
        + catbox(1, [118, 115])
        + catbox(2, [116, 110])
        + catbox(3, [113])
        + catbox(4, [119, 117])
    )
    return _cgi_page(request, content)


# --- other CGI pages (not articles) ---------------------------------------------------------------

_VB = {
    21: ("Số 36-KH/TCT", "25/11/2026", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "kh36_2027.doc"),
    20: ("Số 198-QĐ/TCT", "12/11/2026", "Quyết định ban hành Quy chế học viên hệ trung cấp lý luận chính trị", "qd198.pdf"),
}


def _vb(request: Request, vid: int | None) -> Response | None:
    if vid is None:
        rows = "".join(
            f'<tr><td><font size="2">{esc(so)}</font></td><td><font size="2">{ngay}</font></td>'
            f'<td><a href="news.cgi?action=vb&id={i}"><font size="2">{esc(ty)}</font></a></td>'
            f'<td align="center"><a href="../upload/vanban/{f}"><img src="../images/download.gif" border="0"></a></td></tr>\n'
            for i, (so, ngay, ty, f) in _VB.items()
        )
        content = (
            _crumb(("Văn bản", None))
            + '<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">\n'
            '<tr bgcolor="#EEEEEE"><td><b><font size="2">Số/Ký hiệu</font></b></td><td><b><font size="2">'
            'Ngày ban hành</font></b></td><td><b><font size="2">Trích yếu</font></b></td><td><b><font size="2">'
            "Tải về</font></b></td></tr>\n" + rows + "</table>\n"
        )
        return _cgi_page(request, content)
    if vid not in _VB:
        return None
    so, ngay, ty, f = _VB[vid]
    content = (
        _crumb(("Văn bản", "news.cgi?action=vb"), (so, None))
        + '<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
        f'<tr><td width="120" bgcolor="#F5F5F5"><font size="2">Số/Ký hiệu</font></td><td><font size="2"><b>{esc(so)}</b></font></td></tr>\n'
        f'<tr><td bgcolor="#F5F5F5"><font size="2">Ngày ban hành</font></td><td><font size="2">{ngay}</font></td></tr>\n'
        '<tr><td bgcolor="#F5F5F5"><font size="2">Cơ quan ban hành</font></td><td><font size="2">Trường Chính trị tỉnh</font></td></tr>\n'
        f'<tr><td bgcolor="#F5F5F5"><font size="2">Trích yếu</font></td><td><font size="2">{esc(ty)}</font></td></tr>\n'
        f'<tr><td bgcolor="#F5F5F5"><font size="2">File đính kèm</font></td><td><a href="../upload/vanban/{f}">'
        f"<font size=\"2\">{f}</font></a></td></tr>\n</table>\n"
    )
    return _cgi_page(request, content)


def _lich(request: Request) -> Response:
    days = [
        ("Thứ Hai", "30/11", "7h30: Giao ban Ban Giám hiệu", "Đ/c Hiệu trưởng"),
        ("Thứ Ba", "01/12", "8h00: Dự khai giảng lớp TCLLCT-HC K116 tại xã Hàm Yên", "Đ/c Hoàng Văn Sơn"),
        ("Thứ Tư", "02/12", "14h00: Họp Hội đồng Khoa học Nhà trường", "Ban Giám hiệu, trưởng các khoa"),
        ("Thứ Năm", "03/12", "Cả ngày: Làm việc tại cơ quan", ""),
        ("Thứ Sáu", "04/12", "8h00: Dự Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Đ/c Hiệu trưởng"),
        ("Thứ Bảy", "05/12", "Trực cơ quan", "Phòng TC-HC"),
    ]
    rows = "".join(
        f'<tr><td nowrap><font size="2"><b>{d}</b><br>{dd}</font></td><td><font size="2">{esc(w)}</font></td>'
        f'<td><font size="2">{esc(who)}</font></td></tr>\n'
        for d, dd, w, who in days
    )
    content = (
        _crumb(("Lịch công tác", None))
        + '<center><font face="Arial" size="3" color="#990000"><b>LỊCH CÔNG TÁC TUẦN 49</b></font><br>'
        "<i>(Từ ngày 30/11/2026 đến ngày 06/12/2026)</i></center><br>\n"
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">\n'
        '<tr bgcolor="#EEEEEE"><td><b>Ngày</b></td><td><b>Nội dung</b></td><td><b>Thành phần</b></td></tr>\n'
        + rows
        + "</table>\n"
    )
    return _cgi_page(request, content)


def _album(request: Request) -> Response:
    photos = [
        ("01", "Lễ chào cờ khai giảng năm học 2026 - 2027"),
        ("02", "Đồng chí Hiệu trưởng đánh trống khai giảng"),
        ("03", "Học viên các lớp dự lễ khai giảng"),
        ("04", "Tặng hoa chúc mừng các học viên đạt thành tích cao"),
    ]
    cells = "".join(
        f'<td align="center" valign="top" width="50%"><a href="../upload/album/3/anh_{n}.jpg" target="_blank">'
        f'<img src="../upload/album/3/thumb_{n}.jpg" width="180" height="120" border="1"></a><br>'
        f'<font size="1">{esc(c)}</font></td>' + ("</tr><tr>" if i % 2 else "")
        for i, (n, c) in enumerate(photos)
    )
    content = (
        _crumb(("Thư viện ảnh", None))
        + '<font face="Arial" size="3" color="#990000"><b>Lễ khai giảng năm học 2026 - 2027</b></font><br>'
        '<font size="1" color="#808080">(4 ảnh - 09/09/2026)</font><br><br>\n'
        f'<table width="100%" border="0" cellspacing="4" cellpadding="2"><tr>{cells}</tr></table>\n'
    )
    return _cgi_page(request, content)


def _guestbook(request: Request) -> Response:
    entries = [
        ("Nguyễn Văn Bình", "Phường Hà Giang 2", "02/12/2026 20:15",
         "Chúc mừng Nhà trường đã có trang web mới! Mong Nhà trường cập nhật thêm lịch học các lớp ở xã."),
        ("Hoàng Thị Duyên", "Xã Chiêm Hóa", "28/11/2026 09:40",
         "Em là học viên lớp K112. Cho em hỏi khi nào có lịch thi tốt nghiệp ạ?"),
        ("Trần Quốc Việt", "Hà Nội", "15/11/2026 14:02",
         "Trang web đẹp và nhiều thông tin bổ ích. Chúc thầy cô Trường Chính trị tỉnh luôn mạnh khỏe."),
    ]
    rows = "".join(
        '<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#FFF9EE" style="border:1px dotted #C8A36B">'
        f'<tr><td><font size="2"><b>{esc(n)}</b> ({esc(w)}) - <font color="#808080">{t}</font><br>\n'
        f"{esc(m)}</font></td></tr></table><br>\n"
        for n, w, t, m in entries
    )
    content = (
        _crumb(("Sổ lưu niệm", None))
        + '<font face="Arial" size="3" color="#990000"><b>SỔ LƯU NIỆM</b></font><br><br>\n'
        + rows
        + '<form action="/cgi-bin/guestbook.cgi" method="post"><input type="hidden" name="action" value="ky">\n'
        '<font size="2">Họ tên: <input name="ten" size="25"><br>Địa chỉ: <input name="diachi" size="25"><br>\n'
        'Lời nhắn:<br><textarea name="loinhan" rows="4" cols="40"></textarea><br>\n'
        '<input type="submit" value="Ký sổ"></font></form>\n'
    )
    return _cgi_page(request, content)


def _search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        body = '<font size="2">Bạn chưa nhập từ khóa tìm kiếm.</font>'
    else:
        hits = [s for s in CGI_STORIES if q.lower() in s.title.lower()]
        body = f'<font size="2">Tìm thấy {len(hits)} kết quả cho “{esc(q)}”:</font><br>\n' + "".join(
            f'<a href="news.cgi?action=view&id={s.id}"><font size="2">{esc(s.title)}</font></a><br>\n' for s in hits
        )
    return _cgi_page(request, _crumb(("Tìm kiếm", None)) + body)


def _news_cgi(request: Request) -> Response | None:
    params = request.params
    action = params.get("action", "")
    try:
        nid = int(params["id"]) if "id" in params else None
        cat = int(params["cat"]) if "cat" in params else None
        page = int(params.get("page") or 1)
    except ValueError:
        return _deleted(request)
    if action == "":
        return _home(request) if nid is None and cat is None else None
    if action == "list":
        if cat not in CATS or page < 1:
            return None
        return _listing(request, cat, page)
    if action in ("view", "print", "send"):
        story = BY_ID.get(nid) if nid is not None else None
        if story is None:
            return _deleted(request)
        if action == "print":
            return _print_view(request, story)
        if action == "send":
            return _send_form(request, story)
        return _article(request, story)
    if action == "vb":
        return _vb(request, nid)
    if action == "lich":
        return _lich(request)
    return None


# --- static pages ---------------------------------------------------------------------------------

_FP_HEAD = (
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="GENERATOR" content="Microsoft FrontPage 4.0">\n'
    '<meta name="ProgId" content="FrontPage.Editor.Document">\n'
)


def _static_top() -> str:
    """The header table pasted into every static page by hand: banner, date (SSI), plain link bar."""
    links = [
        ("Trang chủ", CGI),
        ("Giới thiệu", "/html/gioithieu.htm"),
        ("Cơ cấu tổ chức", "/html/cocau.htm"),
        ("Tin tức", f"{CGI}?action=list&cat=1"),
        (CHUYENDE, "/html/chuyende/index.htm"),
        ("Văn bản", f"{CGI}?action=vb"),
        ("Liên hệ", "/html/lienhe.htm"),
    ]
    bar = " | ".join(
        f'<a href="{h}"><font face="Arial" size="2" color="#FFFFFF"><b>{esc(t)}</b></font></a>' for t, h in links
    )
    return (
        '<table border="0" cellpadding="0" cellspacing="0" width="778" align="center">\n'
        '<tr><td colspan="2"><img border="0" src="/images/banner_tct.jpg" width="778" height="118"></td></tr>\n'
        f'<tr><td bgcolor="#990000" height="24">&nbsp;{bar}</td>'
        f'<td bgcolor="#990000" align="right"><font face="Arial" size="1" color="#FFFF99"><b>{HEADER_DATE}</b>'
        "</font>&nbsp;</td></tr>\n</table>\n"
    )


def _static_foot(updated: str | None = None) -> str:
    upd = (
        '<p align="center"><font face="Arial" size="1" color="#808080">Cập nhật lần cuối: '
        f'<!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%d/%m/%Y" -->{updated}</font></p>\n'
        if updated
        else ""
    )
    return upd + _footer()


def _static_page(title_ascii: str, inner: str, updated: str | None = None) -> Response:
    page = (
        f"<html>\n<head>\n{_FP_HEAD}<title>{title_ascii}</title>\n</head>\n"
        '<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">\n'
        + _static_top()
        + '<table border="0" cellpadding="6" cellspacing="0" width="778" align="center"><tr><td>\n'
        + inner
        + "</td></tr></table>\n"
        + _static_foot(updated)
        + "</body>\n</html>\n"
    )
    return html(page, charset=None)


def _gioithieu() -> Response:
    inner = (
        '<p align="center"><font face="Arial" size="4" color="#990000"><b>GIỚI THIỆU CHUNG</b></font></p>\n'
        '<p align="justify"><font face="Times New Roman" size="3"><a name="lichsu"></a><b>1. Lịch sử hình thành</b></font></p>\n'
        '<p align="justify"><font face="Times New Roman" size="3">Tiền thân của Trường Chính trị tỉnh Tuyên Quang '
        "là Trường Đảng tỉnh, được thành lập ngày 20/11/1949 tại Tân Trào. Trải qua hơn 75 năm xây dựng và "
        "trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho tỉnh.</font></p>\n"
        '<p align="justify"><font face="Times New Roman" size="3">Ngày 01/07/2025, thực hiện Nghị quyết của Quốc '
        "hội về sắp xếp đơn vị hành chính cấp tỉnh, Trường Chính trị tỉnh Tuyên Quang và Trường Chính trị tỉnh "
        "Hà Giang được hợp nhất thành Trường Chính trị tỉnh Tuyên Quang.</font></p>\n"
        '<p align="justify"><font face="Times New Roman" size="3"><b>2. Chức năng, nhiệm vụ</b></font></p>\n'
        '<p align="justify"><font face="Times New Roman" size="3">Trường Chính trị tỉnh là cơ sở đào tạo, bồi '
        "dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học về lý luận chính "
        "trị và tổng kết thực tiễn địa phương.</font></p>\n"
        '<p align="center"><img src="/html/images/toancanh_truong.jpg" width="480" height="300" border="0"><br>'
        '<font size="2"><i>Toàn cảnh Trường Chính trị tỉnh</i></font></p>\n'
    )
    return _static_page("Gioi thieu chung", inner, "15/07/2025")


def _cocau() -> Response:
    people = [
        ("Ban Giám hiệu", "TS. Nguyễn Mạnh Cường", "Hiệu trưởng"),
        ("", "ThS. Hoàng Văn Sơn", "Phó Hiệu trưởng"),
        ("", "ThS. Vương Thị Hạnh", "Phó Hiệu trưởng"),
        ("", "ThS. Nguyễn Thị Thu Hà", "Phó Hiệu trưởng"),
        ("Các phòng", "Phòng Tổ chức - Hành chính", "ĐT: 0207.3822.416"),
        ("", "Phòng Quản lý đào tạo và NCKH", "ĐT: 0207.3822.417"),
        ("Các khoa", "Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận", ""),
    ]
    rows = "".join(
        f'<tr><td><font size="2"><b>{esc(a)}</b></font></td><td><font size="2">{esc(b)}</font></td>'
        f'<td><font size="2">{esc(c)}</font></td></tr>\n'
        for a, b, c in people
    )
    inner = (
        '<p align="center"><font face="Arial" size="4" color="#990000"><b>CƠ CẤU TỔ CHỨC</b></font></p>\n'
        '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse" bordercolor="#999999">\n'
        + rows
        + "</table>\n"
    )
    return _static_page("Co cau to chuc", inner, "02/10/2026")


def _lienhe() -> Response:
    inner = (
        '<p align="center"><font face="Arial" size="4" color="#990000"><b>LIÊN HỆ</b></font></p>\n'
        f'<p><font face="Arial" size="2"><b>{SITE.upper()}</b><br>\n'
        "Địa chỉ: Đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang<br>\n"
        "Điện thoại: 0207.3822.416 - Fax: 0207.3822.419<br>\n"
        'Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></font></p>\n'
        '<p align="center"><img src="/html/images/bando.gif" width="420" height="280" border="1"></p>\n'
        '<form method="POST" action="mailto:truongchinhtri@tuyenquang.gov.vn" enctype="text/plain">\n'
        '<font size="2">Họ tên: <input type="text" name="hoten" size="30"><br>\n'
        'Nội dung góp ý:<br><textarea rows="5" name="noidung" cols="45"></textarea><br>\n'
        '<input type="submit" value="Gửi góp ý"></font></form>\n'
    )
    return _static_page("Lien he", inner, "20/08/2024")


def _chuyende_index() -> Response:
    items = "".join(
        f'<li><a href="{s.opts["path"].rsplit("/", 1)[1]}"><font face="Arial" size="2" color="#003399">'
        f'{esc(s.title)}</font></a> <font size="1" color="#808080">({s.opts["posted"]})</font></li>\n'
        for s in STATIC_STORIES
    )
    inner = (
        '<p><font face="Arial" size="1"><a href="/cgi-bin/news.cgi">Trang chủ</a> &raquo; Chuyên đề</font></p>\n'
        '<p align="center"><font face="Arial" size="4" color="#990000"><b>CHUYÊN ĐỀ</b></font></p>\n'
        f'<ul type="square">\n{items}</ul>\n'
    )
    return _static_page("Chuyen de", inner, "05/11/2026")


def _vni_glyphs(value: str) -> str:
    """Text as the VNI keyboard typed it, read as Windows Latin-1 characters (what the page holds)."""
    return to_vni(value).decode("cp1252")


def _cd_chibo() -> Response:
    s = S_CHIBO
    paras = []
    for b in s.blocks:
        if isinstance(b, P):
            txt = esc(_vni_glyphs(b.text)) if b.style == "vni" else esc(b.text)
            paras.append(
                '<p align="justify" style="text-indent:30px"><font face="VNI-Times" size="3">' + txt + "</font></p>\n"
            )
        elif isinstance(b, Raw):
            paras.append(b.html)
    inner = (
        '<p><font face="Arial" size="1"><a href="/cgi-bin/news.cgi">Trang chủ</a> &raquo; '
        '<a href="index.htm">Chuyên đề</a></font></p>\n'
        f'<p align="center"><font face="VNI-Helve" size="4" color="#990000"><b>{esc(s.title)}</b></font></p>\n'
        f'<p align="right"><font face="VNI-Times" size="2"><i>(Đăng ngày {s.opts["posted"]})</i></font></p>\n'
        + "".join(paras)
        + '<p><font face="Arial" size="2"><a href="index.htm">&lt;&lt; Các chuyên đề khác</a></font></p>\n'
    )
    return _static_page("Nang cao chat luong sinh hoat chi bo", inner, s.opts["updated"])


def _ftn_call(n: int) -> str:
    return (
        f'<a style="mso-footnote-id:ftn{n}" href="#_ftn{n}" name="_ftnref{n}" title=""><span class=MsoFootnoteReference>'
        "<span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>"
        f"<span style='font-size:13.0pt;font-family:\"Times New Roman\"'>[{n}]</span></span><![endif]></span></span></a>"
    )


def _cd_hcm() -> Response:
    s = S_HCM
    body: list[str] = []
    notes: list[str] = []
    for b in s.blocks:
        if isinstance(b, Img):
            body.append(
                "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:13.0pt'>"
                '<!--[if gte vml 1]><v:shape id="_x0000_i1025" type="#_x0000_t75" style=\'width:300pt;height:210pt\'>'
                ' <v:imagedata src="cd_hcm2026_files/image001.jpg" o:title="tantrao"/></v:shape><![endif]-->'
                f'<![if !vml]><img width=400 height=280 src="{b.src}" v:shapes="_x0000_i1025"><![endif]></span></p>\n'
                "<p class=MsoNormal align=center style='text-align:center'><i><span style='font-size:11.0pt'>"
                f"{esc(b.printed or '')}<o:p></o:p></span></i></p>\n"
            )
            continue
        if not isinstance(b, P):
            continue
        t = esc(b.text)
        if b.style == "sapo":
            body.append(
                "<p class=MsoNormal style='text-align:justify;text-indent:.5in'><b><i><span style='font-size:13.0pt'>"
                f"{t}<o:p></o:p></span></i></b></p>\n"
            )
        elif b.style.startswith("fn:"):
            n = int(b.style[3:])
            call = f"[{n}]"
            head, tail = t.split(call, 1)
            body.append(
                "<p class=MsoNormal style='text-align:justify;text-indent:.5in'><span style='font-size:13.0pt'>"
                f"{head}</span>{_ftn_call(n)}<span style='font-size:13.0pt'>{tail}<o:p></o:p></span></p>\n"
            )
        elif b.style == "h":
            body.append(
                "<p class=MsoNormal style='text-align:justify;text-indent:.5in'><b><span style='font-size:13.0pt'>"
                f"{t}<o:p></o:p></span></b></p>\n"
            )
        elif b.style == "li":
            body.append(
                "<p class=MsoNormal style='margin-left:.75in;text-align:justify;text-indent:-.25in;mso-list:l0 level1 lfo1'>"
                "<![if !supportLists]><span style='font-size:13.0pt'><span style='mso-list:Ignore'>-"
                "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
                f"</span></span><![endif]><span style='font-size:13.0pt'>{t}<o:p></o:p></span></p>\n"
            )
        elif b.style.startswith("note:"):
            n = int(b.style[5:])
            text_after = esc(b.text.split("] ", 1)[1])
            notes.append(
                f"<div style='mso-element:footnote' id=ftn{n}>\n"
                f'<p class=MsoFootnoteText><a style="mso-footnote-id:ftn{n}" href="#_ftnref{n}" name="_ftn{n}" '
                "title=\"\"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
                f"<![if !supportFootnotes]><span class=MsoFootnoteReference>[{n}]</span><![endif]></span></span></a> "
                f"{text_after}</p>\n</div>\n"
            )
    page = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
        "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 10\">\n"
        "<meta name=Originator content=\"Microsoft Word 10\">\n"
        "<title>Hoc tap va lam theo tu tuong, dao duc, phong cach Ho Chi Minh</title>\n"
        "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>LVKhanh</o:Author>\n"
        "  <o:Created>2026-10-10T08:12:00Z</o:Created>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
        "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;margin-bottom:.0001pt;"
        "font-size:12.0pt;font-family:\"Times New Roman\";}\n@page Section1\n\t{size:8.5in 11.0in;}\n"
        "div.Section1\n\t{page:Section1;}\n-->\n</style>\n</head>\n\n"
        "<body lang=EN-US style='tab-interval:.5in'>\n"
        + _static_top()
        + '<p class=MsoNormal><font face="Arial" size="1"><a href="/cgi-bin/news.cgi">Trang chủ</a> &raquo; '
        '<a href="index.htm">Chuyên đề</a></font></p>\n'
        "<div class=Section1>\n\n"
        "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:15.0pt;color:#990000'>"
        f"{esc(s.title)}<o:p></o:p></span></b></p>\n"
        "<p class=MsoNormal align=right style='text-align:right'><i><span style='font-size:11.0pt'>"
        f"(Đăng ngày {s.opts['posted']})<o:p></o:p></span></i></p>\n"
        "<p class=MsoNormal align=right style='text-align:right'><b><span style='font-size:13.0pt'>ThS. Lương Văn "
        "Khánh</span></b><br><i><span style='font-size:12.0pt'>Phó Trưởng khoa Xây dựng Đảng</span></i></p>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        + "".join(body)
        + "\n</div>\n\n<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n\n"
        "<hr align=left size=1 width=\"33%\">\n\n<![endif]>\n"
        + "".join(notes)
        + "</div>\n"
        + _static_foot(s.opts["updated"])
        + "</body>\n\n</html>\n"
    )
    return html(page, charset=None)


_FRAMESET = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Truong Chinh tri tinh Tuyen Quang</title>
<meta name="description" content="Website Trường Chính trị tỉnh Tuyên Quang">
<meta name="keywords" content="truong chinh tri, tuyen quang, dao tao can bo, ly luan chinh tri">
</head>
<frameset rows="100%,*" frameborder="0" border="0" framespacing="0">
  <frame name="main" src="/cgi-bin/news.cgi" scrolling="auto" noresize>
  <frame name="an" src="/html/blank.htm" scrolling="no" noresize>
  <noframes>
  <body>
  <p>Trình duyệt của bạn không hỗ trợ khung (frame). <a href="/cgi-bin/news.cgi">Bấm vào đây</a> để vào trang chủ.</p>
  </body>
  </noframes>
</frameset>
</html>
"""

_COUNTER_GIF = (
    b"GIF89a\x05\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
    b"\x00\x00\x00\x00\x05\x00\x01\x00\x00\x02\x02\x84\x51\x00;"
)


class PerlCgiSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html", "/index.htm"):
            if path == "/" or not request.query:
                return html(_FRAMESET)
            return None
        if path == "/html/blank.htm":
            return html("<html><body bgcolor=\"#FFFFFF\"></body></html>")
        if path == CGI:
            return _news_cgi(request)
        if path == "/cgi-bin/counter.cgi":
            return Response(200, _COUNTER_GIF, {"Content-Type": "image/gif", "Cache-Control": "no-cache"})
        if path == "/cgi-bin/album.cgi":
            return _album(request) if request.params.get("id") == "3" else None
        if path == "/cgi-bin/guestbook.cgi":
            return _guestbook(request)
        if path == "/cgi-bin/search.cgi":
            return _search(request)
        if path == "/cgi-bin/poll.cgi":
            return _cgi_page(
                request,
                _crumb(("Thăm dò ý kiến", None))
                + '<font size="2">Cảm ơn bạn đã tham gia bình chọn! Tổng số: 1.284 lượt.</font>',
            )
        statics = {
            "/html/gioithieu.htm": _gioithieu,
            "/html/cocau.htm": _cocau,
            "/html/lienhe.htm": _lienhe,
            "/html/chuyende/index.htm": _chuyende_index,
            "/html/chuyende/": _chuyende_index,
            S_CHIBO.opts["path"]: _cd_chibo,
            S_HCM.opts["path"]: _cd_hcm,
        }
        if path in statics:
            return statics[path]()
        if path.startswith(("/upload/files/", "/upload/vanban/")):
            if path.endswith(".doc"):
                return Response(200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56, {"Content-Type": "application/msword"})
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path == "/style.css" or path.startswith(("/images/", "/upload/", "/html/", "/js/")):
            return static_file(path)
        return None


def build_site() -> PerlCgiSite:
    return PerlCgiSite()


# --- gold ------------------------------------------------------------------------------------------


def _cgi_gold(story: Story) -> dict:
    cat = CAT_OF[story.id]
    path = f"{CGI}?action=view&id={story.id}"
    return gold_record(
        story,
        path,
        story.cat,
        canonical_path=path,
        alt_paths=[f"{CGI}?action=view&id={story.id}&cat={cat}", f"{CGI}?action=print&id={story.id}"],
    )


GOLD = [_cgi_gold(s) for s in CGI_STORIES] + [
    gold_record(s, s.opts["path"], CHUYENDE, canonical_path=s.opts["path"]) for s in STATIC_STORIES
]

NON_ARTICLES = [
    "/html/gioithieu.htm",
    "/html/cocau.htm",
    "/html/lienhe.htm",
    f"{CGI}?action=vb&id=21",
    f"{CGI}?action=vb&id=20",
    f"{CGI}?action=lich",
    "/cgi-bin/album.cgi?id=3",
    "/cgi-bin/guestbook.cgi",
]

#: kept for the self-check: how the date of each gold article is printed on its page
DATE_PRINTED = {
    **{s.id: s.opts["posted"] for s in CGI_STORIES},
    117: "ngày 30 tháng 11 năm 2026",
    S_HCM.id: "Đăng ngày 12/10/2026",
    S_CHIBO.id: "Đăng ngày 03/11/2026",
}
STORIES = CGI_STORIES + STATIC_STORIES
