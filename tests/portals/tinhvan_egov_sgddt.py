"""Fixture portal: Sở GD&ĐT tỉnh Lạng Sơn on a late-2000s vendor e-government platform.

Imitates the "cổng thông tin điện tử" that Vietnamese integrators built for provinces around
2008-2010 on ASP.NET 2.0 WebForms with a DotNetNuke-style core (``Default.aspx?tabid=NN``,
modules ``dnn_ctrNNN_…``, skins under ``/Portals/0/Skins/``) whose news module renders XML through
XSLT, still in service in 2026. One ``<form name="Form">`` wraps the whole page, with
``__EVENTTARGET`` / ``__EVENTARGUMENT`` / a long ``__VIEWSTATE`` at the top and
``__EVENTVALIDATION`` at the bottom; the layout is a frame-free 980px table: header banner with
the province's name and today's date (``TODAY``), a language switch (vi-VN / en-US), a login
link, a top menu in a table, a ``<marquee>``, a left column (the "Danh mục" tree, "Văn bản chỉ
đạo", "Lịch công tác", the poll "Thăm dò ý kiến" with radio buttons and "Biểu quyết | Xem kết
quả"), the centre pane, a right column ("Thông báo" with dates, "Liên kết" select, RSS icons,
"Số lượt truy cập: 12.345.678", "Đang trực tuyến: 45"), and a footer with the address, hotline,
"Chịu trách nhiệm chính: Giám đốc Sở …" and "Giấy phép số …".

What it serves:

- Article pages ``/Default.aspx?tabid=56&ItemID=N&ctl=Detail&mid=401`` (the listings' links),
  the very same page as ``/Default.aspx?tabid=56&ItemID=N&ctl=Detail`` (no ``mid``: the home page's
  and the right column's links) and as ``/Portal/Detail.aspx?id=N`` (the RSS ``<link>``). No page
  prints a ``rel=canonical``; the ``<title>`` is the tab's name ("… > Tin tức"), never the
  headline. The article: a pane title bar "TIN TỨC - SỰ KIỆN", a breadcrumb, the headline in
  ``span#dnn_ctr401_NewsDetail_lblTitle.NewsTitle`` (one headline typed in capitals), the date
  ``span.NewsDate`` "(24/11/2026 16:20)" in parentheses, the lead in ``span.NewsSummary`` in
  bold (empty span when the post has none), the text in ``span.NewsContent`` written by
  FCKeditor 2 (``<p align="justify"><font face="Times New Roman" size="3">`` with ``&nbsp;``
  indents, ``<div>`` paragraphs, ``<br />``-separated lines in one ``<p>``, ``<p>&nbsp;</p>``
  spacers), images with a centred ``<em>`` line, in a two-row image table, in a ``<br>``-group,
  with a parenthesised line, with an "Ảnh: …" line, or alone; in-text bylines ("Phòng GDTrH",
  "Tin, ảnh: …", "Tin: … / Ảnh: …", "Người viết: … - Trường …", "Nguồn: …", "(Theo …)",
  "Văn phòng Sở" right aligned), a "File đính kèm:" link; then ``span.NewsAuthor`` "Tác giả: …"
  (printed on every post, empty on some), "Số lần đọc", "[Quay lại] [In trang] [Gửi email]", and
  "Các tin đã đưa:" (five older posts of the category with "(dd/mm/yyyy)").
- Category listings ``/Default.aspx?tabid=56&CatID=N`` (the whole module at ``tabid=56``),
  four items a page (thumbnail, title, "(dd/mm/yyyy)", lead). The pager is ASP.NET's: numbered
  links ``javascript:__doPostBack('dnn$ctr401$NewsList$dgNews','Page$2')`` which only a form POST
  (``__EVENTTARGET``/``__EVENTARGUMENT``) follows; beside them the vendor printed a GET fallback
  that the real platform answers too: "Trang sau »" (and "« Trang trước") is a plain link to
  ``…&page=N`` ("« Trang trước" on page 2 goes to ``&page=1``, a twin of the bare listing; on
  the last page "Trang sau »" is a disabled ``<a class="aspNetDisabled">`` without href). The POST
  and the GET give the same page. Past the last page: 200, "Chưa có tin trong chuyên mục này.".
  The home page and the right column link only the newest posts (without ``mid``); older posts
  are reached through the listings' pages and the articles' "Các tin đã đưa" lists.
- ``/Portal/Rss.aspx?CatID=N`` RSS 2.0 (announced in ``<head>``, RSS icons in the right column)
  with ``<link>http://host/Portal/Detail.aspx?id=N</link>``.
- Non-articles: Giới thiệu tabs (``tabid=38`` Chức năng nhiệm vụ, ``39`` Cơ cấu tổ chức, ``40``
  Lãnh đạo Sở: a table of leaders with phones), Văn bản (``tabid=60``, ``&CatID=21|22|23``: a
  register with số ký hiệu, ngày ban hành, trích yếu and a file; entries at
  ``tabid=60&ItemID=N&ctl=ViewDoc&mid=420``: fields and a PDF), Lịch công tác (``tabid=62``, a
  week table), Hỏi đáp (``tabid=64``), Liên hệ (``66``), Sơ đồ site (``68``), the poll's result
  page (``tabid=36&ctl=PollResults&mid=388&PollID=7``), the print views and the "Gửi email" form
  of every article, and the login form.

Traps and hard cases: the postback pager (above); three URLs of each article (above), plus the
English skin: ``&language=en-US`` on any ``Default.aspx`` URL switches the chrome to English
("NEWS - EVENTS", "Author:", "[Back] [Print] [Email]", "Other news:", an English header date)
and every link on such a page keeps ``&language=en-US``: the same fourteen articles again, their
content untranslated (the category names are data and stay Vietnamese). Print views
``…&ctl=Detail&mid=401&print=true`` (target=_blank from "[In trang]"): the article alone, no
chrome, ``onload=window.print()``. The work calendar ``tabid=62&week=W&year=Y`` answers 200 for
any ISO week from 1990 to 2100 and always prints "« Tuần trước" / "Tuần sau »": endless. The
login link carries ``returnurl=`` of the page it is on (one login URL per page). An old post links
ItemID 1987, deleted: the detail page answers 200 with "Tin này không tồn tại hoặc đã bị gỡ bỏ."
(a soft 404). Encodings: UTF-8 declared in the header and a meta; two old posts (3417, 3405: the
text migrated from the previous site) hold HTML numeric/named references for every non-ASCII
letter of their title, lead and text; one post (3442) was pasted from a windows-1258 editor and
its title and text carry the tone marks as combining characters (shape letters â ă ê ô ơ ư đ
precomposed, the five tones separate).

Gold (by hand). The gold path of an article is its listing URL (with ``mid=401``); the no-mid,
RSS and the two English-skin URLs are ``alt_paths``. Judgement calls:
- published_at: the NewsDate line, day first; its time is printed, so it is kept, except
  "(09/10/2026 00:00)" and "(06/09/2026 00:00)" (the migrated posts), which are days.
- summary: the bold NewsSummary span (its own element above the text) when not empty; it is the
  body's first paragraph too. Posts with an empty span have no summary.
- body: the NewsContent paragraphs in order, each ``<br />`` line of a ``<br>``-group a paragraph;
  caption lines, byline lines, the "File đính kèm" line and the "Tác giả:" field are not body.
- authors: "Phòng GDTrH" signing the text right aligned (3468) is its author (a department of the
  Sở, not a login); "Văn phòng Sở" signing the text and also in the author field (3428) is its
  author; the author field alone names the author where nothing signs the text ("Tác giả: ThS.
  Lý Thị Thu" -> "Lý Thị Thu"; "Tác giả: Phòng Tổ chức cán bộ" on 3439); "Người viết: Hà Thị Ngọc
  Ánh - Trường PTDTNT THCS Bình Gia" -> "Hà Thị Ngọc Ánh"; "Tin, ảnh: X" gives X in authors and
  photographers; "Tin: X" + "Ảnh: Y" split them. An empty "Tác giả: " credits nobody.
- source: "Nguồn: Báo Lạng Sơn" and "(Theo Báo Giáo dục và Thời đại)" go to source and leave the
  author field's name in authors; "Nguồn: Cổng thông tin điện tử Bộ GD&ĐT" with an empty author
  field gives a source and no author.
- captions: the line under a photo; "(…)" loses its parentheses; "Ảnh: <description>" loses the
  label; "Học sinh biểu diễn hát then, đàn tính (Ảnh: Lăng Văn Quý)" is kept whole and also names
  Lăng Văn Quý as photographer (no other credit names one). A photo with nothing under it has no
  caption. Listing thumbnails are not article images.
- category: the leaf category the breadcrumb ends with ("Tin giáo dục trong tỉnh", "Tin giáo dục
  trong nước", "Thông báo"), the same in the English skin.
- title: the NewsTitle span as printed (capitals kept), never the tab's ``<title>``.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    entity_mix,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "tinhvan_egov_sgddt"
PLATFORM = "aspnet_webforms_egov"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"
SITE_CAPS = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠNG SƠN"
ADDRESS = "Số 12 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn"
PHONE = "0205.3 812 345"
HOTLINE = "0205.3 898 666"
EMAIL = "sgddt@langson.gov.vn"
DIRECTOR = "Hoàng Văn Tuấn"
SKIN = "/Portals/0/Skins/SGD_LangSon"
TODAY_DATE = date(2026, 11, 25)
TODAY_EN = "Wednesday, November 25, 2026"
PER_PAGE = 4
NEWS_TAB = 56
MID = 401
PAGER_TARGET = "dnn$ctr401$NewsList$dgNews"
EN = "en-US"

#: news categories: CatID -> (name, parent CatID or None)
CATS: dict[int, tuple[str, int | None]] = {
    10: ("Tin tức", None),
    12: ("Tin giáo dục trong tỉnh", 10),
    13: ("Tin giáo dục trong nước", 10),
    15: ("Thông báo", None),
}
DOC_CATS: dict[int, str] = {
    21: "Văn bản của Bộ GD&ĐT",
    22: "Văn bản của UBND tỉnh",
    23: "Văn bản của Sở GD&ĐT",
}

IMG = "/Portals/0/Images/TinTuc/2026"


def _w(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi)


# Story.opts: when (printed date-time), form (fck | div | br | mix: how the old editor wrote the
# paragraphs), author_field (the NewsAuthor value, "" printed empty), enc ("ent": every letter as
# a character reference; "tone": windows-1258 style decomposed tones), thumb (listing thumbnail).
# Img styles: pem (centred image + centred <em> line), table (two-row image table), brg (image and
# its line inside a <br> group), paren ("(…)" line), anh ("Ảnh: …" line), bare (no line).
# P style "a|href|phrase" links a phrase.
STORIES: list[Story] = [
    Story(
        id=3470,
        slug="tb-thi-hsg-12",
        title="Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="15",
        published_at="2026-11-24T17:05:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 215/KH-SGDĐT ngày 15/9/2026 của Sở Giáo dục và Đào tạo về tổ"
                " chức các kỳ thi năm học 2026 - 2027, Sở GD&ĐT thông báo tổ chức kỳ thi chọn học"
                " sinh giỏi cấp tỉnh lớp 12 như sau:"
            ),
            P("1. Thời gian thi: ngày 16 và 17/12/2026."),
            P("2. Địa điểm thi: Trường THPT chuyên Chu Văn An, thành phố Lạng Sơn."),
            P(
                "3. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí,"
                " Tiếng Anh."
            ),
            P(
                "4. Hồ sơ đăng ký dự thi gửi về Sở GD&ĐT (qua phòng Quản lý chất lượng) trước ngày"
                " 05/12/2026."
            ),
            Raw(
                '<p><b>File đính kèm:</b> <a href="/Portals/0/News/Files/2026/TB-thi-HSG-lop-12.pdf">'
                "TB-thi-HSG-lop-12.pdf</a></p>"
            ),
        ],
        opts={"when": _w(2026, 11, 24, 17, 5), "form": "br", "author_field": ""},
    ),
    Story(
        id=3468,
        slug="giao-ban-gdtrh-t11",
        title="Hội nghị giao ban công tác giáo dục trung học tháng 11 năm 2026",
        cat="12",
        published_at="2026-11-24T16:20:00+07:00",
        summary=(
            "Chiều ngày 23/11/2026, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban công tác giáo"
            " dục trung học tháng 11 với sự tham gia của hiệu trưởng các trường THPT, trung tâm"
            " GDNN-GDTX trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, trong tháng 11, các nhà trường đã tổ chức kiểm tra giữa"
                " học kỳ I nghiêm túc, đúng kế hoạch; 100% trường THPT hoàn thành cập nhật kế hoạch"
                " giáo dục lên hệ thống cơ sở dữ liệu ngành. Phong trào thi đua chào mừng Ngày Nhà"
                " giáo Việt Nam 20/11 được triển khai sôi nổi với nhiều tiết dạy tốt, giờ học tốt."
            ),
            Img(
                f"{IMG}/Thang11/giao-ban-gdtrh-t11-1.jpg",
                "Đồng chí Phó Giám đốc Sở phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Phó Giám đốc Sở phát biểu chỉ đạo tại hội nghị",
                "pem",
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại như: việc đổi mới"
                " phương pháp dạy học ở một số trường còn chậm; công tác tư vấn tâm lý học đường chưa"
                " được quan tâm đúng mức; tỷ lệ học sinh bỏ học ở một số trường vùng sâu, vùng xa"
                " vẫn còn."
            ),
            P(
                "Phát biểu kết luận, đồng chí Phó Giám đốc Sở đề nghị các đơn vị tập trung ôn tập, tổ"
                " chức kiểm tra cuối học kỳ I theo đúng hướng dẫn; chuẩn bị tốt các điều kiện cho kỳ"
                " thi chọn học sinh giỏi cấp tỉnh lớp 12; tăng cường công tác phòng, chống rét cho"
                " học sinh nội trú, bán trú khi nhiệt độ xuống thấp."
            ),
            Img(
                f"{IMG}/Thang11/giao-ban-gdtrh-t11-2.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "pem",
            ),
            Raw('<p align="right"><b>Phòng GDTrH</b></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={"when": _w(2026, 11, 24, 16, 20), "form": "fck", "author_field": ""},
    ),
    Story(
        id=3465,
        slug="du-thao-day-them",
        title="Bộ GD&ĐT lấy ý kiến dự thảo Thông tư sửa đổi quy định về dạy thêm, học thêm",
        cat="13",
        published_at="2026-11-22T19:30:00+07:00",
        summary=(
            "Bộ Giáo dục và Đào tạo vừa công bố dự thảo Thông tư sửa đổi, bổ sung một số điều của"
            " quy định về dạy thêm, học thêm để lấy ý kiến rộng rãi của các tổ chức, cá nhân."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo dự thảo, nhà trường chỉ được tổ chức dạy thêm cho học sinh có kết quả học tập"
                " môn học cuối kỳ chưa đạt, học sinh được chọn bồi dưỡng học sinh giỏi và học sinh"
                " lớp cuối cấp tự nguyện đăng ký ôn thi; không thu tiền của học sinh."
            ),
            P(
                "Dự thảo cũng bổ sung quy định về trách nhiệm của hiệu trưởng trong việc quản lý giáo"
                " viên tham gia dạy thêm ngoài nhà trường và công khai danh sách trên trang thông tin"
                " điện tử của nhà trường."
            ),
            P("Ý kiến góp ý gửi về Vụ Giáo dục phổ thông trước ngày 20/12/2026."),
            Raw('<p align="right"><em>Nguồn: Cổng thông tin điện tử Bộ GD&amp;ĐT</em></p>'),
        ],
        source="Cổng thông tin điện tử Bộ GD&ĐT",
        opts={"when": _w(2026, 11, 22, 19, 30), "form": "div", "author_field": ""},
    ),
    Story(
        id=3461,
        slug="viet-bac-20-11",
        title="Trường THPT Việt Bắc kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="12",
        published_at="2026-11-20T09:45:00+07:00",
        summary=(
            "Sáng 19/11/2026, Trường THPT Việt Bắc long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương, khen thưởng giáo viên, học"
            " sinh có thành tích xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự buổi lễ có đồng chí Giám đốc Sở Giáo dục và Đào tạo, đại diện lãnh đạo các"
                " phòng chuyên môn của Sở, các thế hệ thầy cô giáo nguyên là cán bộ, giáo viên của"
                " nhà trường cùng đông đảo phụ huynh, học sinh."
            ),
            P(
                "Trong năm học 2025 - 2026, nhà trường có 58 học sinh đạt giải học sinh giỏi cấp"
                " tỉnh, 3 học sinh đạt giải quốc gia; tỷ lệ học sinh tốt nghiệp THPT đạt 99,8%;"
                " nhiều học sinh trúng tuyển vào các trường đại học tốp đầu."
            ),
            Img(
                f"{IMG}/Thang11/viet-bac-20-11-1.jpg",
                "Giám đốc Sở GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "Giám đốc Sở GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "table",
            ),
            P(
                "Dịp này, nhà trường đã trao 45 suất học bổng cho học sinh có hoàn cảnh khó khăn"
                " vươn lên trong học tập, tổng trị giá 67,5 triệu đồng do các cựu học sinh và nhà"
                " hảo tâm ủng hộ."
            ),
            Img(
                f"{IMG}/Thang11/viet-bac-20-11-2.jpg",
                "Các tiết mục văn nghệ chào mừng của học sinh",
                "Các tiết mục văn nghệ chào mừng của học sinh",
                "table",
            ),
            Raw('<p align="right"><strong><em>Tin, ảnh: Hoàng Thu Trang</em></strong></p>'),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Hoàng Thu Trang"],
        opts={"when": _w(2026, 11, 20, 9, 45), "form": "fck", "author_field": "Hoàng Thu Trang"},
    ),
    Story(
        id=3455,
        slug="ngay-hoi-van-hoa-binh-gia",
        title="Ngày hội văn hóa các dân tộc tại Trường PTDTNT THCS Bình Gia",
        cat="12",
        published_at="2026-11-17T14:05:00+07:00",
        blocks=[
            P(
                "Nhằm giáo dục học sinh ý thức giữ gìn, phát huy bản sắc văn hóa dân tộc, ngày"
                " 15/11/2026, Trường PTDTNT THCS Bình Gia tổ chức Ngày hội văn hóa các dân tộc năm"
                " 2026."
            ),
            P(
                "Ngày hội có nhiều hoạt động phong phú như: trình diễn trang phục truyền thống của các"
                " dân tộc Tày, Nùng, Dao, H'Mông; thi gói bánh chưng, làm bánh khảo; trò chơi dân"
                " gian ném còn, đẩy gậy, kéo co."
            ),
            Img(
                f"{IMG}/Thang11/ngay-hoi-van-hoa-binh-gia.jpg",
                "Học sinh biểu diễn hát then, đàn tính (Ảnh: Lăng Văn Quý)",
                "Học sinh biểu diễn hát then, đàn tính (Ảnh: Lăng Văn Quý)",
                "brg",
            ),
            P(
                "Đặc biệt, phần thi hát then, đàn tính của các lớp thu hút sự cổ vũ nhiệt tình của"
                " thầy cô và học sinh toàn trường. Nhiều tiết mục được các em tự dàn dựng, luyện tập"
                " trong nhiều tuần."
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao giải Nhất cho lớp 9A, giải Nhì cho lớp 8B và lớp"
                " 7A, giải Ba cho lớp 6A và lớp 9B."
            ),
            Raw(
                '<div align="right"><i>Người viết: Hà Thị Ngọc Ánh - Trường PTDTNT THCS Bình Gia</i></div>'
            ),
        ],
        authors=["Hà Thị Ngọc Ánh"],
        photographers=["Lăng Văn Quý"],
        opts={"when": _w(2026, 11, 17, 14, 5), "form": "br", "author_field": ""},
    ),
    Story(
        id=3452,
        slug="lich-tiep-cong-dan-t12",
        title="Lịch tiếp công dân tháng 12 năm 2026 của Giám đốc Sở",
        cat="15",
        published_at="2026-11-14T08:00:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của Giám đốc Sở tháng 12"
                " năm 2026 như sau:"
            ),
            P("Thời gian: Từ 8 giờ 00 đến 11 giờ 30, thứ Năm ngày 10/12/2026."),
            P(
                "Địa điểm: Phòng tiếp công dân, tầng 1, trụ sở Sở Giáo dục và Đào tạo, số 12 đường"
                " Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn."
            ),
            P(
                "Công dân đến liên hệ mang theo căn cước công dân và các giấy tờ liên quan đến nội"
                " dung kiến nghị, phản ánh."
            ),
        ],
        opts={"when": _w(2026, 11, 14, 8, 0), "form": "div", "author_field": ""},
    ),
    Story(
        id=3449,
        slug="gvdg-thcs-khai-mac",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027",
        cat="12",
        published_at="2026-11-12T08:30:00+07:00",
        summary=(
            "Sáng 11/11/2026, tại Trường THCS Chi Lăng, thành phố Lạng Sơn, Sở GD&ĐT khai mạc Hội"
            " thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026 - 2027 với 186 giáo viên tham"
            " gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi diễn ra từ ngày 11 đến ngày 20/11/2026 ở 12 môn học: Ngữ văn, Toán, Khoa học"
                " tự nhiên, Lịch sử và Địa lí, Tiếng Anh, Giáo dục công dân, Công nghệ, Tin học, Giáo"
                " dục thể chất, Âm nhạc, Mĩ thuật và Hoạt động trải nghiệm, hướng nghiệp."
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng"
                " dạy học và thực hành dạy hai tiết trên lớp, trong đó có một tiết bốc thăm trước 3"
                " ngày."
            ),
            Img(
                f"{IMG}/Thang11/khai-mac-gvdg-thcs.jpg",
                "Ảnh: Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "anh",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phó Giám đốc Sở nhấn mạnh hội thi là dịp để giáo viên"
                " trao đổi, học tập kinh nghiệm, lan tỏa những cách làm hay trong đổi mới phương pháp"
                " dạy học theo Chương trình giáo dục phổ thông 2018; đồng thời đề nghị Ban giám khảo"
                " làm việc khách quan, công bằng, đánh giá đúng năng lực của giáo viên."
            ),
            Raw('<p align="right"><strong>Tin: Nông Thị Hạnh<br />Ảnh: Vi Đức Thắng</strong></p>'),
        ],
        authors=["Nông Thị Hạnh"],
        photographers=["Vi Đức Thắng"],
        opts={"when": _w(2026, 11, 12, 8, 30), "form": "mix", "author_field": "Nông Thị Hạnh"},
    ),
    Story(
        id=3442,
        slug="thu-vien-loc-binh",
        title="Trường THPT Lộc Bình ra mắt mô hình thư viện thân thiện",
        cat="12",
        published_at="2026-11-06T10:15:00+07:00",
        blocks=[
            P(
                "Ngày 04/11/2026, Trường THPT Lộc Bình tổ chức lễ ra mắt mô hình thư viện thân thiện"
                " với hơn 6.000 đầu sách, báo, tạp chí các loại."
            ),
            P(
                "Thư viện được bố trí không gian mở gồm khu đọc sách, khu tra cứu trực tuyến với 20"
                " máy tính kết nối Internet và góc sách do học sinh tự quản. Học sinh có thể mượn"
                " sách bằng thẻ học sinh có mã vạch, thời gian mở cửa kéo dài đến 17 giờ 30 hằng"
                " ngày."
            ),
            Img(f"{IMG}/Thang11/thu-vien-loc-binh.jpg", None, None, "bare"),
            P(
                "Theo thầy Hiệu trưởng nhà trường, mô hình thư viện thân thiện góp phần hình thành"
                " thói quen đọc sách, tự học cho học sinh, nhất là học sinh ở nội trú xa gia đình."
            ),
        ],
        authors=["Lý Thị Thu"],
        opts={
            "when": _w(2026, 11, 6, 10, 15),
            "form": "div",
            "author_field": "ThS. Lý Thị Thu",
            "enc": "tone",
        },
    ),
    Story(
        id=3439,
        slug="tuyen-sinh-boi-duong-qlgd",
        title="Thông báo tuyển sinh lớp bồi dưỡng nghiệp vụ quản lý giáo dục năm 2026",
        cat="15",
        published_at="2026-11-03T14:30:00+07:00",
        summary=(
            "Sở GD&ĐT phối hợp với Học viện Quản lý giáo dục mở lớp bồi dưỡng nghiệp vụ quản lý"
            " giáo dục cho cán bộ quản lý và giáo viên trong diện quy hoạch."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng: hiệu trưởng, phó hiệu trưởng các trường mầm non, phổ thông chưa qua bồi"
                " dưỡng và giáo viên trong diện quy hoạch cán bộ quản lý."
            ),
            P(
                "Thời gian học: 8 tuần, khai giảng ngày 07/12/2026; học vào thứ Bảy và Chủ nhật hằng tuần."
            ),
            P(
                "Hồ sơ gồm đơn đăng ký, quyết định quy hoạch (nếu có) và bản sao văn bằng, nộp tại"
                " phòng Tổ chức cán bộ trước ngày 30/11/2026."
            ),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "when": _w(2026, 11, 3, 14, 30),
            "form": "fck",
            "author_field": "Phòng Tổ chức cán bộ",
        },
    ),
    Story(
        id=3436,
        slug="pcgd-mam-non-tp",
        title="THÀNH PHỐ LẠNG SƠN DUY TRÌ VỮNG CHẮC PHỔ CẬP GIÁO DỤC MẦM NON CHO TRẺ EM 5 TUỔI",
        cat="12",
        published_at="2026-10-30T15:40:00+07:00",
        summary=(
            "Năm 2026, thành phố Lạng Sơn tiếp tục được công nhận duy trì đạt chuẩn phổ cập giáo"
            " dục mầm non cho trẻ em 5 tuổi; tỷ lệ trẻ 5 tuổi ra lớp đạt 100%."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Để đạt được kết quả trên, những năm qua, thành phố đã đầu tư xây dựng mới 36 phòng"
                " học, bổ sung trang thiết bị, đồ dùng, đồ chơi theo danh mục tối thiểu cho các lớp"
                " mẫu giáo 5 tuổi. Đến nay, 100% nhóm, lớp mầm non được tổ chức bán trú."
            ),
            Img(
                f"{IMG}/Thang10/pcgd-mam-non-hoa-sen.jpg",
                "(Trẻ Trường Mầm non Hoa Sen trong giờ hoạt động ngoài trời)",
                "Trẻ Trường Mầm non Hoa Sen trong giờ hoạt động ngoài trời",
                "paren",
            ),
            P(
                "Đội ngũ giáo viên mầm non đạt chuẩn trình độ đào tạo 100%, trong đó 87% trên chuẩn."
                " Các trường chú trọng đổi mới hình thức tổ chức hoạt động, lấy trẻ làm trung tâm,"
                " tăng cường tiếng Việt cho trẻ em người dân tộc thiểu số."
            ),
            Raw('<p align="right"><em>Nguồn: Báo Lạng Sơn</em></p>'),
        ],
        authors=["Minh Anh"],
        source="Báo Lạng Sơn",
        opts={"when": _w(2026, 10, 30, 15, 40), "form": "fck", "author_field": "Minh Anh"},
    ),
    Story(
        id=3431,
        slug="ioe-2026",
        title="Hơn 1,2 triệu học sinh tham dự kỳ thi Olympic Tiếng Anh trên Internet",
        cat="13",
        published_at="2026-10-25T08:10:00+07:00",
        blocks=[
            P(
                "Năm học 2026 - 2027, kỳ thi Olympic Tiếng Anh trên Internet (IOE) thu hút hơn 1,2"
                " triệu học sinh từ lớp 3 đến lớp 12 của 34 tỉnh, thành phố đăng ký tham gia vòng"
                " tự luyện."
            ),
            P(
                "Ban tổ chức cho biết, năm nay đề thi được điều chỉnh theo hướng tăng cường kỹ năng"
                " nghe hiểu và đọc hiểu, bám sát chương trình môn Tiếng Anh trong Chương trình giáo"
                " dục phổ thông 2018. Vòng thi cấp trường sẽ diễn ra từ ngày 16/11 đến 30/11/2026."
            ),
            Img(
                f"{IMG}/Thang10/ioe-cap-truong.jpg",
                "Học sinh làm bài thi IOE cấp trường năm học 2025 - 2026",
                "Học sinh làm bài thi IOE cấp trường năm học 2025 - 2026",
                "pem",
            ),
            P(
                "Học sinh đạt giải cấp quốc gia được xem xét cộng điểm ưu tiên trong tuyển sinh vào"
                " lớp 10 theo quy định của một số địa phương."
            ),
            Raw('<p align="right">(Theo Báo Giáo dục và Thời đại)</p>'),
        ],
        authors=["Thanh Hằng"],
        source="Báo Giáo dục và Thời đại",
        opts={"when": _w(2026, 10, 25, 8, 10), "form": "fck", "author_field": "Thanh Hằng"},
    ),
    Story(
        id=3428,
        slug="tap-huan-chuyen-doi-so",
        title="Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
        cat="12",
        published_at="2026-10-21T09:00:00+07:00",
        summary=(
            "Từ ngày 19 đến 20/10/2026, Sở GD&ĐT tổ chức tập huấn chuyển đổi số trong quản lý"
            " trường học cho hơn 250 cán bộ quản lý, nhân viên phụ trách công nghệ thông tin các"
            " đơn vị trực thuộc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, học viên được hướng dẫn sử dụng hệ thống cơ sở dữ liệu ngành, phần"
                " mềm quản lý trường học, học bạ số và sổ điểm điện tử; ký số văn bản và hồ sơ trên"
                " hệ thống quản lý văn bản điều hành."
            ),
            Img(
                f"{IMG}/Thang10/tap-huan-cds.jpg",
                "Học viên thực hành ký số học bạ điện tử",
                "Học viên thực hành ký số học bạ điện tử",
                "table",
            ),
            P(
                "Năm học 2026 - 2027, Sở GD&ĐT đặt mục tiêu 100% trường THPT triển khai học bạ số,"
                " 100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng."
            ),
            Raw("<p>&nbsp;</p>"),
            P(
                "Kết thúc lớp tập huấn, các học viên đều hoàn thành bài thu hoạch và được cấp giấy"
                " chứng nhận."
            ),
            Raw('<p align="right"><b>Văn phòng Sở</b></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"when": _w(2026, 10, 21, 9, 0), "form": "mix", "author_field": "Văn phòng Sở"},
    ),
    Story(
        id=3417,
        slug="th-hoang-van-thu-chuan-qg",
        title="Trường Tiểu học Hoàng Văn Thụ đạt chuẩn quốc gia mức độ 2",
        cat="12",
        published_at="2026-10-09",
        blocks=[
            P(
                "Ngày 07/10/2026, Đoàn kiểm tra của UBND tỉnh đã kiểm tra, đánh giá công nhận Trường"
                " Tiểu học Hoàng Văn Thụ, thành phố Lạng Sơn đạt chuẩn quốc gia mức độ 2."
            ),
            P(
                "Qua kiểm tra hồ sơ và thực tế, đoàn đánh giá nhà trường đạt các tiêu chuẩn về tổ"
                " chức và quản lý; đội ngũ cán bộ quản lý, giáo viên; cơ sở vật chất và thiết bị dạy"
                " học; quan hệ giữa nhà trường, gia đình và xã hội; hoạt động giáo dục và kết quả"
                " giáo dục."
            ),
            Img(
                "/Portals/0/Uploads/Images/th-hoang-van-thu-kiem-tra.jpg",
                "Đoàn kiểm tra làm việc với nhà trường",
                "Đoàn kiểm tra làm việc với nhà trường",
                "pem",
            ),
            P(
                "Trước đó, năm 2021 nhà trường đã được công nhận đạt chuẩn quốc gia mức độ 1.",
                "a|/Default.aspx?tabid=56&amp;ItemID=1987&amp;ctl=Detail&amp;mid=401|đạt chuẩn quốc gia mức độ 1",
            ),
            Raw('<p align="right"><strong>Tin: Đinh Văn Lực</strong></p>'),
        ],
        authors=["Đinh Văn Lực"],
        opts={"when": _w(2026, 10, 9), "form": "fck", "author_field": "", "enc": "ent"},
    ),
    Story(
        id=3405,
        slug="khai-giang-2026-2027",
        title="Ngành Giáo dục Lạng Sơn khai giảng năm học mới 2026 - 2027",
        cat="12",
        published_at="2026-09-06",
        summary=(
            "Sáng 05/9/2026, hơn 210.000 học sinh từ mầm non đến trung học phổ thông trên địa bàn"
            " tỉnh Lạng Sơn hân hoan dự lễ khai giảng năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, toàn tỉnh có 612 cơ sở giáo dục mầm non, phổ thông và giáo dục"
                " thường xuyên. Trước thềm năm học mới, các nhà trường đã hoàn thành sửa chữa, bổ"
                " sung phòng học, bàn ghế, thiết bị dạy học và tổ chức tuyển sinh đúng kế hoạch."
            ),
            Img(
                "/Portals/0/Uploads/Images/khai-giang-chu-van-an.jpg",
                "Các đại biểu đánh trống khai giảng năm học mới tại Trường THPT chuyên Chu Văn An",
                "Các đại biểu đánh trống khai giảng năm học mới tại Trường THPT chuyên Chu Văn An",
                "pem",
            ),
            P(
                "Tại các điểm trường, sau phần nghi lễ, học sinh được nghe đọc thư của Chủ tịch nước"
                " gửi ngành Giáo dục nhân dịp khai giảng năm học mới và tham gia các hoạt động văn"
                " nghệ chào mừng."
            ),
            P(
                "Năm học này, ngành Giáo dục tỉnh tập trung nâng cao chất lượng giáo dục toàn diện,"
                " đẩy mạnh chuyển đổi số, tăng cường kỷ cương, nền nếp trong các nhà trường."
            ),
        ],
        opts={"when": _w(2026, 9, 6), "form": "div", "author_field": "", "enc": "ent"},
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
DELETED_ITEM = 1987


def cat_of(s: Story) -> int:
    return int(s.cat)


def cat_name(cat: int) -> str:
    return CATS[cat][0]


def in_cat(cat: int | None) -> list[Story]:
    """Posts of a category and its children (None: the whole module)."""
    if cat is None:
        return list(_LATEST)
    kids = {c for c, (_, parent) in CATS.items() if parent == cat} | {cat}
    return [s for s in _LATEST if cat_of(s) in kids]


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


# --- URLs ---------------------------------------------------------------------------------


def detail_path(s: Story | int, mid: bool = True) -> str:
    sid = s if isinstance(s, int) else s.id
    return f"/Default.aspx?tabid={NEWS_TAB}&ItemID={sid}&ctl=Detail" + (
        f"&mid={MID}" if mid else ""
    )


def rss_detail_path(s: Story) -> str:
    return f"/Portal/Detail.aspx?id={s.id}"


def print_path(s: Story) -> str:
    return detail_path(s) + "&print=true"


def mail_path(s: Story) -> str:
    return f"/Default.aspx?tabid={NEWS_TAB}&ItemID={s.id}&ctl=SendMail&mid={MID}"


def cat_path(cat: int | None, page: int = 1) -> str:
    base = f"/Default.aspx?tabid={NEWS_TAB}" + (f"&CatID={cat}" if cat is not None else "")
    return base + (f"&page={page}" if page > 1 else "")


def en(path: str) -> str:
    return path + f"&language={EN}"


HOME = "/Default.aspx?tabid=36"
POLL_RESULTS = "/Default.aspx?tabid=36&ctl=PollResults&mid=388&PollID=7"
CALENDAR = "/Default.aspx?tabid=62"
CUR_WEEK = TODAY_DATE.isocalendar()[:2]  # (2026, 48)


def week_path(year: int, week: int) -> str:
    return f"/Default.aspx?tabid=62&week={week}&year={year}"


@dataclass(frozen=True)
class Doc:
    item: int
    cat: int
    number: str
    issued: date
    abstract: str
    org: str
    signer: str
    file: str

    @property
    def path(self) -> str:
        return f"/Default.aspx?tabid=60&ItemID={self.item}&ctl=ViewDoc&mid=420"


DOCS: list[Doc] = [
    Doc(531, 23, "1625/SGDĐT-GDTrH", date(2026, 11, 20),
        "V/v hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "Sở Giáo dục và Đào tạo", "Lương Thị Thu Hà", "/Portals/0/VanBan/2026/1625-SGDDT-GDTrH.pdf"),
    Doc(528, 23, "215/KH-SGDĐT", date(2026, 9, 15),
        "Kế hoạch tổ chức các kỳ thi năm học 2026 - 2027",
        "Sở Giáo dục và Đào tạo", "Hoàng Văn Tuấn", "/Portals/0/VanBan/2026/215-KH-SGDDT.pdf"),
    Doc(526, 22, "98/KH-UBND", date(2026, 9, 5),
        "Kế hoạch thực hiện chuyển đổi số ngành Giáo dục tỉnh Lạng Sơn giai đoạn 2026 - 2030",
        "UBND tỉnh Lạng Sơn", "Đoàn Thu Hà", "/Portals/0/VanBan/2026/98-KH-UBND.pdf"),
    Doc(524, 21, "4120/BGDĐT-GDPT", date(2026, 8, 28),
        "V/v hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2026 - 2027",
        "Bộ Giáo dục và Đào tạo", "Phạm Ngọc Thưởng", "/Portals/0/VanBan/2026/4120-BGDDT-GDPT.pdf"),
    Doc(522, 22, "1850/QĐ-UBND", date(2026, 8, 20),
        "Quyết định ban hành Kế hoạch thời gian năm học 2026 - 2027 đối với giáo dục mầm non,"
        " giáo dục phổ thông và giáo dục thường xuyên trên địa bàn tỉnh Lạng Sơn",
        "UBND tỉnh Lạng Sơn", "Đoàn Thu Hà", "/Portals/0/VanBan/2026/1850-QD-UBND.pdf"),
    Doc(519, 21, "12/2026/TT-BGDĐT", date(2026, 7, 15),
        "Thông tư sửa đổi, bổ sung một số điều của Quy chế thi tốt nghiệp trung học phổ thông",
        "Bộ Giáo dục và Đào tạo", "Phạm Ngọc Thưởng", "/Portals/0/VanBan/2026/12-2026-TT-BGDDT.pdf"),
]  # fmt: skip
_DOC_BY_ITEM = {d.item: d for d in DOCS}
_FILES = {d.file for d in DOCS} | {"/Portals/0/News/Files/2026/TB-thi-HSG-lop-12.pdf"}

#: static tabs: tabid -> (menu name, page heading, html)
LEADERS = [
    ("Hoàng Văn Tuấn", "Giám đốc Sở", "0205.3 812 001", "hvtuan@langson.gov.vn"),
    ("Lương Thị Thu Hà", "Phó Giám đốc Sở", "0205.3 812 002", "ltthha@langson.gov.vn"),
    ("Vi Văn Kiên", "Phó Giám đốc Sở", "0205.3 812 003", "vvkien@langson.gov.vn"),
]
DEPTS = [
    "Văn phòng Sở", "Thanh tra Sở", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính",
    "Phòng Giáo dục Mầm non - Tiểu học", "Phòng Giáo dục Trung học (GDTrH)",
    "Phòng Quản lý chất lượng", "Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên",
]  # fmt: skip
QA = [
    ("Nguyễn Văn Hưng (xã Mẫu Sơn)",
     "Con tôi học lớp 12, năm nay có được đăng ký thi tốt nghiệp THPT ở điểm thi gần nhà không?",
     "Thí sinh đăng ký dự thi tại trường đang học; điểm thi do Sở GD&ĐT bố trí theo địa bàn,"
     " bảo đảm thuận lợi cho thí sinh."),
    ("Lê Thị Mai (phường Đông Kinh)",
     "Giáo viên hợp đồng có được tham gia Hội thi giáo viên dạy giỏi cấp tỉnh không?",
     "Giáo viên hợp đồng có thời gian công tác từ 03 năm trở lên và được nhà trường đề cử thì"
     " được tham dự Hội thi."),
    ("Hoàng Văn Đức (Tràng Định)",
     "Thủ tục chuyển trường cho học sinh THPT từ tỉnh khác đến Lạng Sơn như thế nào?",
     "Phụ huynh nộp đơn xin chuyển trường, học bạ và giấy giới thiệu của trường nơi đi tại"
     " trường nơi đến; hiệu trưởng trường nơi đến xem xét, tiếp nhận."),
]  # fmt: skip
POLL = [("Rất đẹp, dễ sử dụng", 412), ("Đẹp", 389), ("Bình thường", 205), ("Cần cải tiến", 97)]

#: the work calendar's entries: (year, week) -> rows (day, session, content, chair, place)
WEEK_ROWS: dict[tuple[int, int], list[tuple[str, str, str, str, str]]] = {
    (2026, 47): [
        ("Thứ Hai 16/11", "Sáng", "Giao ban Lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 2"),
        ("Thứ Năm 19/11", "Sáng", "Dự lễ kỷ niệm Ngày Nhà giáo Việt Nam tại Trường THPT Việt Bắc",
         "Giám đốc Sở", "Trường THPT Việt Bắc"),
    ],
    (2026, 48): [
        ("Thứ Hai 23/11", "Chiều", "Hội nghị giao ban công tác giáo dục trung học", "PGĐ Lương Thị Thu Hà",
         "Hội trường Sở"),
        ("Thứ Tư 25/11", "Sáng", "Làm việc với Ban Văn hóa - Xã hội HĐND tỉnh", "Giám đốc Sở",
         "Phòng họp tầng 2"),
        ("Thứ Sáu 27/11", "Cả ngày", "Kiểm tra công tác phòng, chống rét tại các trường nội trú",
         "PGĐ Vi Văn Kiên", "Các trường PTDTNT"),
    ],
    (2026, 49): [
        ("Thứ Ba 01/12", "Sáng", "Họp Hội đồng thi đua - khen thưởng ngành", "Giám đốc Sở",
         "Phòng họp tầng 2"),
    ],
}  # fmt: skip


# --- gold --------------------------------------------------------------------------------------


def alt_paths(s: Story) -> list[str]:
    return [
        detail_path(s, mid=False),
        rss_detail_path(s),
        en(detail_path(s)),
        en(detail_path(s, mid=False)),
    ]


GOLD: list[dict] = [
    gold_record(s, detail_path(s), cat_name(cat_of(s)), alt_paths=alt_paths(s)) for s in _LATEST
]

LISTINGS = [None, 10, 12, 13, 15]
NON_ARTICLES: list[str] = [
    "/",
    *(cat_path(c, n) for c in LISTINGS for n in range(1, _pages(len(in_cat(c))) + 1)),
    "/Default.aspx?tabid=38",
    "/Default.aspx?tabid=39",
    "/Default.aspx?tabid=40",
    "/Default.aspx?tabid=60",
    *(f"/Default.aspx?tabid=60&CatID={c}" for c in DOC_CATS),
    *(d.path for d in DOCS),
    CALENDAR,
    "/Default.aspx?tabid=64",
    "/Default.aspx?tabid=66",
    "/Default.aspx?tabid=68",
    POLL_RESULTS,
    *(print_path(s) for s in _LATEST),
    *(mail_path(s) for s in _LATEST),
]


# --- text forms ----------------------------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def tone_split(value: str) -> str:
    """Tone marks as combining characters after their (shape-precomposed) letter: windows-1258."""
    out = []
    for ch in unicodedata.normalize("NFC", value):
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in parts if c not in _TONES)
        out.append(unicodedata.normalize("NFC", base) + "".join(c for c in parts if c in _TONES))
    return "".join(out)


def _enc(markup: str, s: Story) -> str:
    """The stored form of a post's markup (title, lead, text): references or split tones."""
    kind = s.opts.get("enc")
    if kind == "ent":
        return entity_mix(markup)
    if kind == "tone":
        return tone_split(markup)
    return markup


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


# --- skin ----------------------------------------------------------------------------------------

L = {
    "vi": {
        "home": "Trang chủ", "intro": "Giới thiệu", "news": "Tin tức", "notice": "Thông báo",
        "docs": "Văn bản", "cal": "Lịch công tác", "qa": "Hỏi đáp", "contact": "Liên hệ",
        "map": "Sơ đồ site", "pane": "TIN TỨC - SỰ KIỆN", "author": "Tác giả:", "back": "[Quay lại]",
        "print": "[In trang]", "mail": "[Gửi email]", "other": "Các tin đã đưa:", "reads": "Số lần đọc:",
        "login": "Đăng nhập", "search": "Tìm kiếm", "next": "Trang sau »", "prev": "« Trang trước",
        "page": "Trang:", "tree": "Danh mục", "latest": "Tin mới", "more": "Xem tiếp »",
        "visits": "Số lượt truy cập:", "online": "Đang trực tuyến:", "links": "Liên kết",
        "dir_docs": "Văn bản chỉ đạo", "poll": "Thăm dò ý kiến", "vote": "Biểu quyết",
        "results": "Xem kết quả", "empty": "Chưa có tin trong chuyên mục này.",
    },
    "en": {
        "home": "Home", "intro": "Introduction", "news": "News", "notice": "Announcements",
        "docs": "Documents", "cal": "Schedule", "qa": "Q&amp;A", "contact": "Contact",
        "map": "Site map", "pane": "NEWS - EVENTS", "author": "Author:", "back": "[Back]",
        "print": "[Print]", "mail": "[Email]", "other": "Other news:", "reads": "Views:",
        "login": "Login", "search": "Search", "next": "Next »", "prev": "« Previous",
        "page": "Page:", "tree": "Categories", "latest": "Latest news", "more": "More »",
        "visits": "Visitors:", "online": "Online:", "links": "Links",
        "dir_docs": "Guiding documents", "poll": "Poll", "vote": "Vote",
        "results": "View results", "empty": "No news in this category yet.",
    },
}  # fmt: skip


class Ctx:
    """One request's rendering context: the language and the URL the page answers at."""

    def __init__(self, lang: str, target: str):
        self.lang = lang
        self.target = target
        self.t = L[lang]

    def u(self, path: str) -> str:
        """A link as the skin prints it: keeps the language on Default.aspx links, &amp;-escaped."""
        if self.lang == "en" and path.startswith("/Default.aspx"):
            path = en(path)
        return esc(path)


def _lower_urlencode(value: str) -> str:
    """.NET's HttpUtility.UrlEncode: lower-case hex escapes."""
    out = []
    for ch in value:
        if ch.isalnum() or ch in "-_.!*()":
            out.append(ch)
        else:
            out.append("".join(f"%{b:02x}" for b in ch.encode("utf-8")))
    return "".join(out)


def _block(title: str, body: str, mid: int, cls: str = "") -> str:
    return (
        f'<table class="ModuleContainer {cls}" cellpadding="0" cellspacing="0" width="100%">'
        f'<tr><td class="ModuleHead"><span id="dnn_ctr{mid}_dnnTITLE_lblTitle" class="Head">{title}</span></td></tr>'
        f'<tr><td id="dnn_ctr{mid}_ContentPane" class="ModuleBody">{body}</td></tr></table>\n'
    )


def _tree(c: Ctx, current: int | None) -> str:
    def node(cat: int, depth: int) -> str:
        name = cat_name(cat)
        cls = "TreeNodeSelected" if cat == current else "TreeNode"
        kids = [k for k, (_, p) in CATS.items() if p == cat]
        icon = "minus.gif" if kids else "doc.gif"
        row = (
            f'<table cellpadding="0" cellspacing="0" border="0" style="margin-left:{depth * 14}px"><tr>'
            f'<td><img src="/images/{icon}" alt="" border="0" /></td>'
            f'<td nowrap="nowrap"><a class="{cls}" href="{c.u(cat_path(cat))}">{name}</a></td></tr></table>'
        )
        return row + "".join(node(k, depth + 1) for k in kids)

    docs = (
        '<table cellpadding="0" cellspacing="0" border="0"><tr><td><img src="/images/minus.gif" alt="" border="0" /></td>'
        f'<td nowrap="nowrap"><a class="TreeNode" href="{c.u("/Default.aspx?tabid=60")}">Văn bản</a></td></tr></table>'
        + "".join(
            '<table cellpadding="0" cellspacing="0" border="0" style="margin-left:14px"><tr>'
            '<td><img src="/images/doc.gif" alt="" border="0" /></td>'
            f'<td nowrap="nowrap"><a class="TreeNode" href="{c.u(f"/Default.aspx?tabid=60&CatID={k}")}">{esc(v)}</a></td></tr></table>'
            for k, v in DOC_CATS.items()
        )
    )
    roots = "".join(node(k, 0) for k, (_, p) in CATS.items() if p is None)
    return f'<div id="dnn_ctr390_CatTree_tvCat" class="CatTree">{roots}{docs}</div>'


def _left(c: Ctx, current: int | None) -> str:
    docs = "".join(
        f'<tr><td class="DocItem"><img src="/images/bullet.gif" alt="" /> '
        f'<a href="{c.u(d.path)}" title="{esc(d.abstract)}">{esc(d.number)}</a><br />'
        f'<span class="DocAbstract">{esc(d.abstract)}</span></td></tr>'
        for d in DOCS[:4]
    )
    y, w = CUR_WEEK
    cal = (
        f'<div class="CalLinks"><a href="{c.u(CALENDAR)}">» Lịch công tác tuần này</a><br />'
        f'<a href="{c.u(week_path(y, w + 1))}">» Lịch công tác tuần sau</a></div>'
    )
    options = "".join(
        f'<tr><td><input id="dnn_ctr388_Poll_rblOptions_{i}" type="radio" name="dnn$ctr388$Poll$rblOptions"'
        f' value="{i + 1}" /><label for="dnn_ctr388_Poll_rblOptions_{i}">{label}</label></td></tr>'
        for i, (label, _) in enumerate(POLL)
    )
    poll = (
        '<div class="PollQuestion">Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử của Sở?</div>'
        f'<table id="dnn_ctr388_Poll_rblOptions" border="0">{options}</table>'
        '<div class="PollButtons"><a id="dnn_ctr388_Poll_cmdVote" class="CommandButton"'
        " href=\"javascript:__doPostBack('dnn$ctr388$Poll$cmdVote','')\">"
        f'{c.t["vote"]}</a> | <a class="CommandButton" href="{c.u(POLL_RESULTS)}">{c.t["results"]}</a></div>'
    )
    return (
        _block(c.t["tree"], _tree(c, current), 390, "LeftBlock")
        + _block(c.t["dir_docs"], f'<table class="DocList" width="100%">{docs}</table>'
                 f'<div class="More"><a href="{c.u("/Default.aspx?tabid=60")}">{c.t["more"]}</a></div>', 392, "LeftBlock")
        + _block(c.t["cal"], cal, 394, "LeftBlock")
        + _block(c.t["poll"], poll, 388, "LeftBlock")
    )  # fmt: skip


def _right(c: Ctx) -> str:
    notices = [s for s in _LATEST if cat_of(s) == 15][:3]
    items = "".join(
        f'<tr><td class="NoticeItem"><img src="/images/new.gif" alt="" /> '
        f'<a href="{c.u(detail_path(s, mid=False))}">{_enc(esc(s.title), s)}</a> '
        f'<span class="NoticeDate">({_dmy(s.opts["when"])})</span></td></tr>'
        for s in notices
    )
    links = (
        '<select name="ddlLienKet" onchange="if(this.value!=\'\')window.open(this.value);" class="NormalTextBox" style="width:180px">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option>'
        '<option value="https://baolangson.vn">Báo Lạng Sơn</option>'
        '<option value="https://thithu.edu.vn">Hệ thống thi trực tuyến</option></select>'
    )
    rss = "".join(
        f'<a href="/Portal/Rss.aspx?CatID={k}"><img src="/images/rss.gif" alt="RSS" border="0" /> {cat_name(k)}</a><br />'
        for k in (10, 15)
    )
    counter = f'<div class="Counter">{c.t["visits"]} <b>12.345.678</b><br />{c.t["online"]} <b>45</b></div>'
    return (
        _block(c.t["notice"], f'<table class="NoticeList" width="100%">{items}</table>', 396, "RightBlock")
        + _block(c.t["links"], links, 398, "RightBlock")
        + _block("RSS", rss, 399, "RightBlock")
        + _block("Thống kê", counter, 400, "RightBlock")
    )  # fmt: skip


def _menu(c: Ctx) -> str:
    items = [
        (HOME, c.t["home"]), ("/Default.aspx?tabid=38", c.t["intro"]), (cat_path(10), c.t["news"]),
        (cat_path(15), c.t["notice"]), ("/Default.aspx?tabid=60", c.t["docs"]),
        (CALENDAR, c.t["cal"]), ("/Default.aspx?tabid=64", c.t["qa"]),
        ("/Default.aspx?tabid=66", c.t["contact"]), ("/Default.aspx?tabid=68", c.t["map"]),
    ]  # fmt: skip
    cells = '<td class="MenuSep"><img src="/images/menu_sep.gif" alt="" /></td>'.join(
        f'<td class="MenuItem" nowrap="nowrap"><a class="MainMenu" href="{c.u(p)}">{label}</a></td>'
        for p, label in items
    )
    return f'<table id="dnn_dnnMENU_ctlMenu" class="TopMenu" cellpadding="0" cellspacing="0" border="0"><tr>{cells}</tr></table>'


def _page(c: Ctx, title: str, centre: str, current: int | None = None, head: str = "") -> str:
    viewstate = opaque(f"vs:{c.target}", 1800, b"\xff\x01\x0f\x0f\x05\x0a")
    validation = opaque(f"ev:{c.target}", 120, b"\xff\x01\x16")
    login = (
        c.target
        if "ctl=Login" in c.target
        else f"/Default.aspx?tabid=36&ctl=Login&returnurl={_lower_urlencode(c.target)}"
    )
    date_line = TODAY if c.lang == "vi" else TODAY_EN
    latest = [s for s in _LATEST if cat_of(s) == 15][:2]
    marquee = " &nbsp;&nbsp;***&nbsp;&nbsp; ".join(
        [f"Chào mừng quý vị đến với Cổng thông tin điện tử {SITE}"]
        + [f'<a href="{c.u(detail_path(s, mid=False))}">{esc(s.title)}</a>' for s in latest]
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
<title>{esc(SITE)} &gt; {title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="DESCRIPTION" content="Cổng thông tin điện tử {esc(SITE)}">
<meta name="KEYWORDS" content="giáo dục, đào tạo, Lạng Sơn, sở giáo dục">
<meta name="COPYRIGHT" content="Copyright 2009 by {esc(SITE)}">
<meta name="GENERATOR" content="eGov Portal Framework 2.0.50727">
<meta name="RESOURCE-TYPE" content="DOCUMENT">
<link rel="stylesheet" type="text/css" href="/Portals/_default/default.css">
<link rel="stylesheet" type="text/css" href="{SKIN}/skin.css">
<link rel="stylesheet" type="text/css" href="/Portals/0/portal.css">
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/Portal/Rss.aspx?CatID=10">
<link rel="SHORTCUT ICON" href="/Portals/0/favicon.ico">
{head}</head>
<body id="Body" bottommargin="0" leftmargin="0" topmargin="0" rightmargin="0" marginwidth="0" marginheight="0">
<form name="Form" method="post" action="{esc(c.target)}" id="Form" enctype="multipart/form-data" style="height:100%;">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=633438912000000000" type="text/javascript"></script>
<script src="/js/dnncore.js" type="text/javascript"></script>
<table class="MainTable" width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3" class="HeaderRow">
 <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
  <td class="Banner"><a href="{c.u(HOME)}"><img src="{SKIN}/images/banner_sgd.jpg" alt="{SITE_CAPS}" width="980" height="150" border="0" /></a></td>
 </tr><tr>
  <td class="HeaderBar">
   <span id="dnn_dnnCURRENTDATE_lblDate" class="DateToday">{date_line}</span>
   <span class="HeaderTools">
    <a href="/Default.aspx?tabid=36&amp;language=vi-VN"><img src="/images/Flags/vi-VN.gif" alt="Tiếng Việt" border="0" /></a>
    <a href="/Default.aspx?tabid=36&amp;language=en-US"><img src="/images/Flags/en-US.gif" alt="English" border="0" /></a>
    | <a id="dnn_dnnLOGIN_cmdLogin" class="SkinObject" href="{esc(login)}">{c.t["login"]}</a>
    | <input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="18" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" />
    <a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">{c.t["search"]}</a>
   </span>
  </td>
 </tr></table>
</td></tr>
<tr><td colspan="3" class="MenuRow">{_menu(c)}</td></tr>
<tr><td colspan="3" class="MarqueeRow"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td></tr>
<tr valign="top">
<td id="dnn_LeftPane" class="LeftPane" width="200" valign="top">
{_left(c, current)}</td>
<td id="dnn_ContentPane" class="ContentPane" width="580" valign="top">
{centre}
</td>
<td id="dnn_RightPane" class="RightPane" width="200" valign="top">
{_right(c)}</td>
</tr>
<tr><td colspan="3" class="FooterRow">
 <table width="100%" cellpadding="4" cellspacing="0" border="0"><tr><td class="Footer" align="center">
  <b>CỔNG THÔNG TIN ĐIỆN TỬ {SITE_CAPS}</b><br />
  Địa chỉ: {ADDRESS}<br />
  Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}<br />
  Chịu trách nhiệm chính: Giám đốc Sở {DIRECTOR}<br />
  Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Lạng Sơn cấp ngày 12/03/2009<br />
  Ghi rõ nguồn "Cổng thông tin điện tử Sở GD&amp;ĐT Lạng Sơn" khi phát hành lại thông tin từ website này.
 </td></tr></table>
</td></tr>
</table>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</div>
</form>
</body>
</html>
"""


def _pane_title(text_: str) -> str:
    return (
        '<table class="PaneTitle" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
        '<td class="PaneTitleLeft"><img src="/Portals/0/Skins/SGD_LangSon/images/pt_left.gif" alt="" /></td>'
        f'<td class="PaneTitleText" width="100%">{text_}</td>'
        '<td class="PaneTitleRight"><img src="/Portals/0/Skins/SGD_LangSon/images/pt_right.gif" alt="" /></td>'
        "</tr></table>"
    )


def _crumbs(c: Ctx, trail: list[tuple[str, str | None]]) -> str:
    parts = [f'<a class="Breadcrumb" href="{c.u(HOME)}">{c.t["home"]}</a>']
    for label, href in trail:
        parts.append(
            f'<a class="Breadcrumb" href="{c.u(href)}">{label}</a>'
            if href
            else f'<span class="BreadcrumbCurrent">{label}</span>'
        )
    return '<div id="dnn_dnnBREADCRUMB" class="BreadcrumbRow">' + " » ".join(parts) + "</div>"


def _cat_trail(c: Ctx, cat: int, link_last: bool = True) -> list[tuple[str, str | None]]:
    chain = []
    k: int | None = cat
    while k is not None:
        chain.append(k)
        k = CATS[k][1]
    chain.reverse()
    return [(cat_name(k), cat_path(k) if (link_last or k != cat) else None) for k in chain]


# --- the article ---------------------------------------------------------------------------------


def _img(img: Img) -> str:
    return f'<img alt="" src="{esc(img.src)}" width="500" height="333" border="0" />'


def _para(p: P, form: str, n: int) -> str:
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        before, after = p.text.split(phrase, 1)
        inner = f'{esc(before)}<a href="{href}">{esc(phrase)}</a>{esc(after)}'
    else:
        inner = esc(p.text)
    if form == "fck" or (form == "mix" and n % 2 == 0):
        return f'<p align="justify"><font face="Times New Roman" size="3">&nbsp;&nbsp;&nbsp; {inner}</font></p>'
    return f'<div style="text-align: justify;">{inner}</div>'


def _content(s: Story) -> str:
    form = s.opts["form"]
    out: list[str] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            out.append('<p align="justify">' + "<br />\n".join(group) + "</p>")
            group.clear()

    n = 0
    for b in s.blocks:
        if isinstance(b, P):
            if form == "br":
                group.append(esc(b.text))
            else:
                out.append(_para(b, form, n))
            n += 1
            continue
        if isinstance(b, Img) and b.style == "brg":
            group.append(f"{_img(b)}<br />\n<em>{esc(b.printed or '')}</em>")
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif b.style in ("pem", "anh"):
            out.append(f'<p align="center">{_img(b)}</p>')
            out.append(f'<p align="center"><em>{esc(b.printed or "")}</em></p>')
        elif b.style == "paren":
            out.append(
                f'<p align="center">{_img(b)}<br /><font size="2"><i>{esc(b.printed or "")}</i></font></p>'
            )
        elif b.style == "table":
            out.append(
                '<table cellspacing="1" cellpadding="1" width="500" align="center" border="0"><tbody>'
                f"<tr><td>{_img(b)}</td></tr>"
                f'<tr><td style="text-align: center"><font size="2"><em>{esc(b.printed or "")}</em></font></td></tr>'
                "</tbody></table>"
            )
        else:  # bare
            out.append(f'<p align="center">{_img(b)}</p>')
    flush()
    return _enc("\n".join(out), s)


def _article_region(c: Ctx, s: Story) -> str:
    """The news module's detail view: title, date, lead, text, author field, tools."""
    when: datetime = s.opts["when"]
    summary = f"<b>{_enc(esc(s.summary), s)}</b>" if s.summary else ""
    author = esc(s.opts.get("author_field", ""))
    return (
        '<table id="dnn_ctr401_NewsDetail_tblDetail" class="NewsDetail" width="100%" cellpadding="2" cellspacing="0" border="0">\n'
        f'<tr><td><span id="dnn_ctr401_NewsDetail_lblTitle" class="NewsTitle">{_enc(esc(s.title), s)}</span></td></tr>\n'
        f'<tr><td><span id="dnn_ctr401_NewsDetail_lblDate" class="NewsDate">({_dmy(when)} {when:%H:%M})</span></td></tr>\n'
        f'<tr><td><span id="dnn_ctr401_NewsDetail_lblSummary" class="NewsSummary">{summary}</span></td></tr>\n'
        f'<tr><td><span id="dnn_ctr401_NewsDetail_lblContent" class="NewsContent">{_content(s)}</span></td></tr>\n'
        f'<tr><td align="right"><span id="dnn_ctr401_NewsDetail_lblAuthor" class="NewsAuthor">{c.t["author"]} {author}</span></td></tr>\n'
        "</table>\n"
    )


def _article(c: Ctx, s: Story) -> str:
    cat = cat_of(s)
    older = [o for o in in_cat(cat) if o.opts["when"] < s.opts["when"]][:5]
    other = ""
    if older:
        other = (
            f'<div class="OtherNews"><span class="OtherNewsTitle">{c.t["other"]}</span><ul>'
            + "".join(
                f'<li><a class="OtherNewsLink" href="{c.u(detail_path(o))}">{_enc(esc(o.title), o)}</a>'
                f' <span class="OtherNewsDate">({_dmy(o.opts["when"])})</span></li>'
                for o in older
            )
            + "</ul></div>"
        )
    tools = (
        f'<div class="NewsTools">{c.t["reads"]} {s.views()} &nbsp;&nbsp; '
        f'<a href="javascript:history.back()">{c.t["back"]}</a> '
        f'<a href="{esc(print_path(s))}" target="_blank">{c.t["print"]}</a> '
        f'<a href="{c.u(mail_path(s))}">{c.t["mail"]}</a></div>'
    )
    centre = (
        _pane_title(c.t["pane"])
        + _crumbs(c, _cat_trail(c, cat))
        + '<div id="dnn_ctr401_ContentPane" class="ModuleContent">\n'
        + _article_region(c, s)
        + tools
        + other
        + "</div>"
    )
    return _page(c, c.t["news"], centre, cat)


def _soft_404(c: Ctx) -> str:
    centre = (
        _pane_title(c.t["pane"]) + '<div id="dnn_ctr401_ContentPane" class="ModuleContent">'
        '<table id="dnn_ctr401_NewsDetail_tblDetail" class="NewsDetail" width="100%"><tr><td>'
        '<span id="dnn_ctr401_NewsDetail_lblTitle" class="NewsTitle"></span>'
        '<span id="dnn_ctr401_NewsDetail_lblMessage" class="NormalRed">Tin này không tồn tại hoặc đã bị gỡ bỏ.</span>'
        "</td></tr></table></div>"
    )
    return _page(c, c.t["news"], centre)


def _print(s: Story, base: str) -> str:
    c = Ctx("vi", print_path(s))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><title>In trang</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="stylesheet" type="text/css" href="{SKIN}/print.css"></head>
<body onload="window.print()">
<table width="650" align="center" cellpadding="4" cellspacing="0" border="0">
<tr><td><img src="{SKIN}/images/logo_print.gif" alt="" /> <b>{SITE_CAPS}</b></td></tr>
<tr><td>{_article_region(c, s)}</td></tr>
<tr><td class="PrintUrl">Địa chỉ bài viết: {esc(base + detail_path(s))}</td></tr>
<tr><td align="center"><a href="javascript:window.print()">[In]</a> <a href="javascript:window.close()">[Đóng cửa sổ]</a></td></tr>
</table></body></html>
"""


def _sendmail(c: Ctx, s: Story) -> str:
    form = (
        f'<div class="SendMail"><h3>Gửi tin bài qua email</h3><p>Tin bài: <b>{_enc(esc(s.title), s)}</b></p>'
        '<table cellpadding="3">'
        '<tr><td>Họ tên người gửi:</td><td><input name="dnn$ctr401$SendMail$txtName" type="text" class="NormalTextBox" /></td></tr>'
        '<tr><td>Email người gửi:</td><td><input name="dnn$ctr401$SendMail$txtFrom" type="text" class="NormalTextBox" /></td></tr>'
        '<tr><td>Email người nhận:</td><td><input name="dnn$ctr401$SendMail$txtTo" type="text" class="NormalTextBox" /></td></tr>'
        '<tr><td>Lời nhắn:</td><td><textarea name="dnn$ctr401$SendMail$txtMessage" rows="4" cols="40"></textarea></td></tr>'
        "</table><a class=\"CommandButton\" href=\"javascript:__doPostBack('dnn$ctr401$SendMail$cmdSend','')\">Gửi</a>"
        f' <a class="CommandButton" href="{c.u(detail_path(s))}">Hủy bỏ</a></div>'
    )
    return _page(c, c.t["news"], _pane_title(c.t["pane"]) + form, cat_of(s))


# --- listings ------------------------------------------------------------------------------------


def _listing(c: Ctx, cat: int | None, page: int) -> str:
    stories = in_cat(cat)
    pages = _pages(len(stories))
    shown = stories[(page - 1) * PER_PAGE : page * PER_PAGE] if page >= 1 else []
    rows = []
    for s in shown:
        thumb = ""
        if s.images:
            thumb = (
                f'<td valign="top" width="110"><a href="{c.u(detail_path(s))}">'
                f'<img class="NewsThumb" src="{esc(s.images[0].src)}" width="100" height="70" border="0" alt="" /></a></td>'
            )
        brief = f'<div class="NewsListBrief">{_enc(esc(s.summary), s)}</div>' if s.summary else ""
        rows.append(
            '<tr><td><table class="NewsItem" width="100%" cellpadding="3" cellspacing="0" border="0"><tr>'
            f'{thumb}<td valign="top"><a class="NewsListTitle" href="{c.u(detail_path(s))}">{_enc(esc(s.title), s)}</a>'
            f' <span class="NewsListDate">({_dmy(s.opts["when"])})</span>{brief}</td></tr></table></td></tr>'
        )
    if not rows:
        rows.append(f'<tr><td class="Normal">{c.t["empty"]}</td></tr>')
    pager = ""
    if pages > 1 and 1 <= page <= pages:
        nums = []
        for n in range(1, pages + 1):
            if n == page:
                nums.append(f"<span>{n}</span>")
            else:
                nums.append(
                    f"<a href=\"javascript:__doPostBack('{PAGER_TARGET}','Page${n}')\">{n}</a>"
                )
        prev = (
            f'<a id="dnn_ctr401_NewsList_lnkPrev" class="PrevPage" href="{c.u(cat_path(cat, page - 1) if page > 2 else cat_path(cat) + "&page=1")}">{c.t["prev"]}</a>'
            if page > 1
            else f'<a id="dnn_ctr401_NewsList_lnkPrev" class="aspNetDisabled PrevPage">{c.t["prev"]}</a>'
        )
        nxt = (
            f'<a id="dnn_ctr401_NewsList_lnkNext" class="NextPage" href="{c.u(cat_path(cat, page + 1))}">{c.t["next"]}</a>'
            if page < pages
            else f'<a id="dnn_ctr401_NewsList_lnkNext" class="aspNetDisabled NextPage">{c.t["next"]}</a>'
        )
        pager = (
            f'<tr class="NewsPager"><td align="right">{c.t["page"]} {"&nbsp;".join(nums)}'
            f" &nbsp;&nbsp; {prev} | {nxt}</td></tr>"
        )
    grid = (
        '<table id="dnn_ctr401_NewsList_dgNews" class="NewsGrid" cellspacing="0" border="0" '
        'style="width:100%;border-collapse:collapse;">' + "".join(rows) + pager + "</table>"
    )
    if cat is None:
        trail: list[tuple[str, str | None]] = [(c.t["news"], None)]
        heading = c.t["news"]
    else:
        trail = _cat_trail(c, cat, link_last=False)
        heading = cat_name(cat)
    centre = (
        _pane_title(c.t["pane"])
        + _crumbs(c, trail)
        + f'<div class="CatTitle">{heading}</div>'
        + f'<div id="dnn_ctr401_ContentPane" class="ModuleContent">{grid}</div>'
    )
    return _page(c, heading, centre, cat)


def _home(c: Ctx) -> str:
    news = [s for s in _LATEST if cat_of(s) != 15]
    lead = news[0]
    img = lead.images[0].src if lead.images else ""
    top = (
        '<table class="HotNews" width="100%" cellpadding="4" cellspacing="0" border="0"><tr>'
        f'<td valign="top" width="210"><a href="{c.u(detail_path(lead, mid=False))}"><img src="{esc(img)}" width="200" height="140" border="0" alt="" /></a></td>'
        f'<td valign="top"><a class="HotNewsTitle" href="{c.u(detail_path(lead, mid=False))}">{_enc(esc(lead.title), lead)}</a>'
        f' <span class="NewsListDate">({_dmy(lead.opts["when"])})</span>'
        f'<div class="HotNewsBrief">{_enc(esc(lead.summary or ""), lead)}</div></td></tr></table>'
        '<ul class="HomeNewsList">'
        + "".join(
            f'<li><a href="{c.u(detail_path(s, mid=False))}">{_enc(esc(s.title), s)}</a>'
            f' <span class="NewsListDate">({_dmy(s.opts["when"])})</span></li>'
            for s in news[1:6]
        )
        + f'</ul><div class="More"><a href="{c.u(cat_path(None))}">{c.t["more"]}</a></div>'
    )
    boxes = ""
    for cat in (12, 13):
        items = in_cat(cat)[:4]
        boxes += _block(
            f'<a href="{c.u(cat_path(cat))}" class="Head">{cat_name(cat)}</a>',
            '<ul class="HomeCatList">'
            + "".join(
                f'<li><a href="{c.u(detail_path(s, mid=False))}">{_enc(esc(s.title), s)}</a></li>'
                for s in items
            )
            + "</ul>",
            402 + cat,
            "HomeCat",
        )
    centre = _pane_title(c.t["latest"].upper()) + top + boxes
    return _page(c, c.t["home"], centre)


# --- static tabs ---------------------------------------------------------------------------------


def _static(c: Ctx, tabid: int) -> str | None:
    heads = {38: "Chức năng nhiệm vụ", 39: "Cơ cấu tổ chức", 40: "Lãnh đạo Sở"}
    if tabid == 38:
        body = (
            f"<p>{SITE} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lạng Sơn, có chức năng tham"
            " mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu,"
            " chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục;"
            " tiêu chuẩn cơ sở vật chất, thiết bị trường học; quy chế thi cử và cấp văn bằng, chứng chỉ;"
            " bảo đảm chất lượng giáo dục và đào tạo.</p>"
            "<p>Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh,"
            " đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra, thanh tra về chuyên môn, nghiệp vụ của Bộ"
            " Giáo dục và Đào tạo.</p>"
        )
    elif tabid == 39:
        body = (
            "<p><b>Lãnh đạo Sở:</b> Giám đốc và các Phó Giám đốc.</p><p><b>Các phòng chuyên môn, nghiệp vụ:</b></p><ul>"
            + "".join(f"<li>{esc(d)}</li>" for d in DEPTS)
            + "</ul>"
        )
    elif tabid == 40:
        rows = "".join(
            f'<tr><td align="center">{i}</td><td>{n}</td><td>{r}</td><td>{p}</td><td>{m}</td></tr>'
            for i, (n, r, p, m) in enumerate(LEADERS, 1)
        )
        body = (
            '<table class="LeaderTable" border="1" cellpadding="4" cellspacing="0" width="100%">'
            '<tr class="Header"><td>STT</td><td>Họ và tên</td><td>Chức vụ</td><td>Điện thoại</td><td>Email</td></tr>'
            f"{rows}</table>"
        )
    else:
        return None
    sub = "".join(
        f'<a href="{c.u(f"/Default.aspx?tabid={k}")}">{v}</a> | ' for k, v in heads.items()
    )
    centre = (
        _pane_title(c.t["intro"].upper())
        + _crumbs(c, [(c.t["intro"], "/Default.aspx?tabid=38"), (heads[tabid], None)])
        + f'<div class="SubTabs">{sub}</div>'
        + f'<div class="ModuleContent"><span class="SubHead">{heads[tabid]}</span><div class="Normal">{body}</div></div>'
    )
    return _page(c, heads[tabid], centre)


def _docs(c: Ctx, cat: int | None) -> str:
    docs = [d for d in DOCS if cat is None or d.cat == cat]
    rows = "".join(
        f'<tr class="{"Item" if i % 2 else "AltItem"}"><td align="center">{i}</td>'
        f'<td><a href="{c.u(d.path)}">{esc(d.number)}</a></td><td align="center">{_dmy(d.issued)}</td>'
        f'<td>{esc(d.abstract)}</td><td align="center"><a href="{d.file}"><img src="/images/pdf.gif" alt="Tải về" border="0" /></a></td></tr>'
        for i, d in enumerate(docs, 1)
    )
    heading = DOC_CATS[cat] if cat else "Văn bản"
    table = (
        '<table id="dnn_ctr420_DocList_grdDocs" class="DocGrid" border="1" cellpadding="3" cellspacing="0" width="100%">'
        '<tr class="HeaderStyle"><td>STT</td><td>Số ký hiệu</td><td>Ngày ban hành</td><td>Trích yếu</td><td>Tải về</td></tr>'
        f"{rows}</table>"
    )
    trail: list[tuple[str, str | None]] = [(c.t["docs"], "/Default.aspx?tabid=60" if cat else None)]
    if cat:
        trail.append((esc(heading), None))
    centre = (
        _pane_title("VĂN BẢN")
        + _crumbs(c, trail)
        + f'<div class="CatTitle">{esc(heading)}</div>'
        + table
    )
    return _page(c, c.t["docs"], centre)


def _doc(c: Ctx, d: Doc) -> str:
    fields = [
        ("Số ký hiệu", esc(d.number)), ("Ngày ban hành", _dmy(d.issued)),
        ("Loại văn bản", esc(DOC_CATS[d.cat])), ("Cơ quan ban hành", esc(d.org)),
        ("Người ký", esc(d.signer)), ("Trích yếu", esc(d.abstract)),
        ("File đính kèm", f'<a href="{d.file}">{d.file.rsplit("/", 1)[1]}</a>'),
    ]  # fmt: skip
    table = (
        '<table class="DocDetail" border="1" cellpadding="4" cellspacing="0" width="100%">'
        + "".join(
            f'<tr><td class="SubHead" width="150">{k}</td><td class="Normal">{v}</td></tr>'
            for k, v in fields
        )
        + "</table>"
    )
    centre = (
        _pane_title("VĂN BẢN")
        + _crumbs(
            c,
            [
                (c.t["docs"], "/Default.aspx?tabid=60"),
                (esc(DOC_CATS[d.cat]), f"/Default.aspx?tabid=60&CatID={d.cat}"),
            ],
        )
        + table
        + f'<div><a href="{c.u("/Default.aspx?tabid=60")}">[Quay lại]</a></div>'
    )
    return _page(c, c.t["docs"], centre)


def _calendar(c: Ctx, year: int, week: int) -> str:
    monday = date.fromisocalendar(year, week, 1)
    prev_y, prev_w = (monday - timedelta(days=7)).isocalendar()[:2]
    next_y, next_w = (monday + timedelta(days=7)).isocalendar()[:2]
    rows = WEEK_ROWS.get((year, week), [])
    body = (
        "".join(
            f"<tr><td>{d}</td><td>{b}</td><td>{n}</td><td>{ch}</td><td>{p}</td></tr>"
            for d, b, n, ch, p in rows
        )
        if rows
        else '<tr><td colspan="5" align="center">Chưa có lịch công tác tuần này.</td></tr>'
    )
    nav = (
        f'<div class="WeekNav"><a href="{c.u(week_path(prev_y, prev_w))}">« Tuần trước</a> | '
        f"<b>Tuần {week} ({_dmy(monday)} - {_dmy(monday + timedelta(days=6))})</b> | "
        f'<a href="{c.u(week_path(next_y, next_w))}">Tuần sau »</a></div>'
    )
    table = (
        '<table class="CalTable" border="1" cellpadding="3" cellspacing="0" width="100%">'
        '<tr class="HeaderStyle"><td>Thứ/Ngày</td><td>Buổi</td><td>Nội dung</td><td>Chủ trì</td><td>Địa điểm</td></tr>'
        f"{body}</table>"
    )
    centre = _pane_title("LỊCH CÔNG TÁC") + _crumbs(c, [(c.t["cal"], None)]) + nav + table
    return _page(c, c.t["cal"], centre)


def _qa(c: Ctx) -> str:
    items = "".join(
        f'<div class="QAItem"><div class="QAAsker">Người hỏi: {esc(who)}</div>'
        f'<div class="QAQuestion"><b>Hỏi:</b> {esc(q)}</div><div class="QAAnswer"><b>Trả lời:</b> {esc(a)}</div></div>'
        for who, q, a in QA
    )
    form = (
        '<div class="QAForm"><b>Gửi câu hỏi</b><br />Họ tên: <input name="dnn$ctr430$QA$txtName" type="text" />'
        ' Email: <input name="dnn$ctr430$QA$txtEmail" type="text" /><br />'
        '<textarea name="dnn$ctr430$QA$txtQuestion" rows="4" cols="50"></textarea><br />'
        "<a class=\"CommandButton\" href=\"javascript:__doPostBack('dnn$ctr430$QA$cmdSend','')\">Gửi câu hỏi</a></div>"
    )
    centre = _pane_title("HỎI ĐÁP") + _crumbs(c, [(c.t["qa"], None)]) + items + form
    return _page(c, c.t["qa"], centre)


def _contact(c: Ctx) -> str:
    body = (
        f'<div class="Normal"><b>{SITE}</b><br />Địa chỉ: {ADDRESS}<br />Điện thoại: {PHONE}<br />'
        f"Fax: 0205.3 812 399<br />Email: {EMAIL}</div>"
        '<div class="FeedbackForm"><b>Gửi ý kiến phản hồi</b><table>'
        '<tr><td>Họ tên:</td><td><input name="dnn$ctr440$Feedback$txtName" type="text" /></td></tr>'
        '<tr><td>Email:</td><td><input name="dnn$ctr440$Feedback$txtEmail" type="text" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="dnn$ctr440$Feedback$txtBody" rows="5" cols="45"></textarea></td></tr></table>'
        "<a class=\"CommandButton\" href=\"javascript:__doPostBack('dnn$ctr440$Feedback$cmdSend','')\">Gửi</a></div>"
    )
    centre = _pane_title("LIÊN HỆ") + _crumbs(c, [(c.t["contact"], None)]) + body
    return _page(c, c.t["contact"], centre)


def _sitemap(c: Ctx) -> str:
    entries = [
        (HOME, "Trang chủ", 0), ("/Default.aspx?tabid=38", "Giới thiệu", 0),
        ("/Default.aspx?tabid=38", "Chức năng nhiệm vụ", 1), ("/Default.aspx?tabid=39", "Cơ cấu tổ chức", 1),
        ("/Default.aspx?tabid=40", "Lãnh đạo Sở", 1), (cat_path(10), "Tin tức", 0),
        (cat_path(12), cat_name(12), 1), (cat_path(13), cat_name(13), 1), (cat_path(15), "Thông báo", 0),
        ("/Default.aspx?tabid=60", "Văn bản", 0), (CALENDAR, "Lịch công tác", 0),
        ("/Default.aspx?tabid=64", "Hỏi đáp", 0), ("/Default.aspx?tabid=66", "Liên hệ", 0),
    ]  # fmt: skip
    items = "".join(
        f'<div style="margin-left:{lvl * 20}px"><img src="/images/bullet.gif" alt="" /> <a href="{c.u(p)}">{label}</a></div>'
        for p, label, lvl in entries
    )
    centre = (
        _pane_title("SƠ ĐỒ SITE")
        + _crumbs(c, [(c.t["map"], None)])
        + f'<div class="SiteMap">{items}</div>'
    )
    return _page(c, c.t["map"], centre)


def _poll_results(c: Ctx) -> str:
    total = sum(n for _, n in POLL)
    rows = "".join(
        f'<tr><td>{label}</td><td><img src="/images/poll_bar.gif" height="10" width="{n * 200 // total}" alt="" /></td>'
        f"<td>{n} ({n * 100 / total:.1f}%)</td></tr>"
        for label, n in POLL
    )
    centre = (
        _pane_title("KẾT QUẢ THĂM DÒ Ý KIẾN")
        + '<div class="PollQuestion">Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử của Sở?</div>'
        + f'<table class="PollResults" cellpadding="3">{rows}</table><div>Tổng số phiếu: {total}</div>'
        + f'<div><a href="{c.u(HOME)}">[Quay lại]</a></div>'
    )
    return _page(c, c.t["poll"], centre)


def _login(c: Ctx) -> str:
    form = (
        '<table class="LoginTable" cellpadding="3"><tr><td>Tên đăng nhập:</td><td>'
        '<input name="dnn$ctr$Login$txtUsername" type="text" class="NormalTextBox" /></td></tr>'
        '<tr><td>Mật khẩu:</td><td><input name="dnn$ctr$Login$txtPassword" type="password" class="NormalTextBox" /></td></tr>'
        '<tr><td></td><td><input type="checkbox" name="dnn$ctr$Login$chkCookie" /> Ghi nhớ</td></tr></table>'
        "<a class=\"CommandButton\" href=\"javascript:__doPostBack('dnn$ctr$Login$cmdLogin','')\">Đăng nhập</a>"
    )
    return _page(c, c.t["login"], _pane_title("ĐĂNG NHẬP") + form)


def _rss(base: str, cat: int) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{rss_detail_path(s)}</link>"
        f"<description>{esc(s.summary or '')}</description>"
        f"<pubDate>{s.opts['when']:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in in_cat(cat)[:10]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{esc(SITE)} - {esc(cat_name(cat))}</title><link>{base}/</link>"
        f"<description>{esc(cat_name(cat))}</description><language>vi-VN</language>{items}</channel></rss>"
    )


# --- the site ------------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _list_page(request: Request, params: dict[str, str]) -> int:
    if request.method == "POST":
        form = request.form
        if form.get("__EVENTTARGET") == PAGER_TARGET:
            m = re.fullmatch(r"Page\$(\d+)", form.get("__EVENTARGUMENT", ""))
            if m:
                return int(m.group(1))
    return _int(params.get("page")) or 1


class TinhVanEgovSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k.lower(): v for k, v in request.params.items()}
        base = "http://" + request.headers.get("Host", "127.0.0.1")
        low = path.lower()
        if low.endswith(".pdf"):
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _FILES else None
            )
        if low == "/webresource.axd":
            return Response(200, b"/* WebForms */", {"Content-Type": "application/x-javascript"})
        if low == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /Admin/\nDisallow: /Install/\n",
                            {"Content-Type": "text/plain"})  # fmt: skip
        if low.startswith(("/portals/", "/images/", "/js/")) or low == "/favicon.ico":
            return static_file(path)
        if low == "/portal/rss.aspx":
            cat = _int(params.get("catid"))
            if cat not in CATS:
                return None
            return Response(200, _rss(base, cat), {"Content-Type": "text/xml; charset=utf-8"})
        lang = "en" if params.get("language", "").lower() == "en-us" else "vi"
        c = Ctx(lang, request.target)
        if low == "/portal/detail.aspx":
            s = _BY_ID.get(_int(params.get("id")) or 0)
            return html(_article(c, s)) if s else html(_soft_404(c))
        if low == "/":
            return html(_home(c))
        if low != "/default.aspx":
            return None
        tabid = _int(params.get("tabid"))
        ctl = params.get("ctl", "").lower()
        if tabid in (None, 36):
            if ctl == "pollresults":
                return html(_poll_results(c))
            if ctl == "login":
                return html(_login(c))
            return html(_home(c))
        if tabid == NEWS_TAB:
            item = _int(params.get("itemid"))
            if item is not None and ctl == "detail":
                s = _BY_ID.get(item)
                if s is None:
                    return html(_soft_404(c))
                if params.get("print", "").lower() == "true":
                    return html(_print(s, base))
                return html(_article(c, s))
            if item is not None and ctl == "sendmail":
                s = _BY_ID.get(item)
                return html(_sendmail(c, s)) if s else html(_soft_404(c))
            cat = _int(params.get("catid"))
            if cat is not None and cat not in CATS:
                return None
            return html(_listing(c, cat, _list_page(request, params)))
        if tabid in (38, 39, 40):
            return html(_static(c, tabid) or "")
        if tabid == 60:
            item = _int(params.get("itemid"))
            if item is not None:
                d = _DOC_BY_ITEM.get(item)
                return html(_doc(c, d)) if d else None
            cat = _int(params.get("catid"))
            if cat is not None and cat not in DOC_CATS:
                return None
            return html(_docs(c, cat))
        if tabid == 62:
            y = _int(params.get("year")) or CUR_WEEK[0]
            w = _int(params.get("week")) or CUR_WEEK[1]
            try:
                date.fromisocalendar(y, w, 1)
            except ValueError:
                y, w = CUR_WEEK
            if not 1990 <= y <= 2100:
                y, w = CUR_WEEK
            return html(_calendar(c, y, w))
        if tabid == 64:
            return html(_qa(c))
        if tabid == 66:
            return html(_contact(c))
        if tabid == 68:
            return html(_sitemap(c))
        return None


def build_site() -> TinhVanEgovSite:
    return TinhVanEgovSite()


def printed_text(markup: str) -> str:
    """What a reader sees of a piece of markup (for the self-check): tags out, references in, NFC."""
    inline = re.sub(r"</?(a|strong|em|span|b|i|font)\b[^>]*>", "", markup)
    shown = _html.unescape(re.sub(r"<[^>]+>", " ", inline))
    return " ".join(unicodedata.normalize("NFC", shown).replace("\xa0", " ").split())
