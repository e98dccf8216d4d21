"""A lower-secondary school (Trường THCS) site on a local vendor's ASP.NET WebForms 4.0 product.

The platform
------------
A school-website product a provincial software shop sold to schools around 2013 and never
rebuilt: one master page of layout tables and inline styles, every page a WebForms page inside
``<form id="aspnetForm">`` with ``__VIEWSTATE``, ``__VIEWSTATEGENERATOR`` and
``__EVENTVALIDATION``, a ScriptManager, and an ASP.NET AJAX UpdatePanel around the category
list. The site imitated is "Trường THCS Nguyễn Huệ" of xã Hải Lăng, tỉnh Quảng Trị (central
Viet Nam). IIS reads paths and query parameter names regardless of case, and so does this
fixture.

URL scheme and page kinds
-------------------------
- ``/`` and ``Default.aspx``: the home page. Its centre column "TIN MỚI NHẤT" lists the 6 newest
  articles of the whole site as ``ChiTietTin.aspx?MaTin=N`` (no ``MaDM``).
- ``DanhMuc.aspx?MaDM=3`` "Tin tức - Sự kiện" (7 articles: two list pages), ``MaDM=5``
  "Hoạt động chuyên môn" (3 articles), ``MaDM=7`` "Thông báo" (3 notices): 5 items a page,
  newest first, each linked ``ChiTietTin.aspx?MaTin=N&MaDM=M`` with its day in parentheses and
  its sapo when it has one. The list and its pager sit in the UpdatePanel
  ``ctl00_ContentPlaceHolder1_upList``. The pager is made of LinkButtons::

      <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$rptPager$ctl02$lnkPage','')">2</a>

  (the repeater's header is ``ctl00``, so page k is item ``ctl0k``), plus ``lnkFirst`` "Trang
  đầu", ``lnkPrev`` "Trang trước", ``lnkNext`` "Trang sau" and ``lnkLast`` "Trang cuối"; the
  current page and the links that lead nowhere render disabled (``<a class="aspNetDisabled">``,
  no href). A list of one page shows no pager at all.
  * A plain form POST to the list's own address (``DanhMuc.aspx?MaDM=3``) of ``__EVENTTARGET``
    (a pager control's name), ``__EVENTARGUMENT`` and the page's ``__VIEWSTATE``,
    ``__VIEWSTATEGENERATOR`` and ``__EVENTVALIDATION`` answers the full page for the new list
    page, with a new view state (the state remembers the page; "Trang sau" moves from it).
  * The same POST with the header ``X-MicrosoftAjax: Delta=true`` (as the browser's
    PageRequestManager sends it, with ``__ASYNCPOST=true``) answers the MS AJAX delta format
    ``1|#||4|<len>|updatePanel|ctl00_ContentPlaceHolder1_upList|<html>|…|hiddenField|__VIEWSTATE|…``
    as ``text/plain``.
  * A view state this server did not issue for that list (edited, truncated, another list's)
    or an event validation that does not belong to it answers the 500 yellow screen
    "Validation of viewstate MAC failed"; a control that was not rendered enabled on the posted
    page (or an event without any view state) answers the 500 "Invalid postback or callback
    argument" (so does an event posted without its event validation). A GET of
    ``DanhMuc.aspx?MaDM=3&page=2`` (or ``&Trang=2``) ignores the extra parameter and shows
    page 1. To an AJAX request the same errors come as a 200 delta ``<len>|error|500|<message>|``,
    as the ScriptManager reports them.
- ``ChiTietTin.aspx?MaTin=N[&MaDM=M]``: the article. ``MaDM`` only tells the page which
  category to pass on to its "Các tin khác" links; the page is the same for any ``MaDM``, for an
  empty one and for none, and for any case of path and parameter names. There is NO
  rel=canonical, no og: tags, and the ``<title>`` is the site's name on every page.
  Layout: a breadcrumb-like line "Trang chủ > <category>" (the article's own category, whatever
  MaDM says), the title in ``<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude">``,
  a line "Ngày đăng: 10/11/2026 08:30:15 SA | Lượt xem: 215" (a 12-hour clock with the
  Vietnamese markers SA = AM and CH = PM; "Người đăng: <login>" or "Tác giả: <name>" between the
  two when the post has that field), the sapo in ``lblTomTat`` (bold; empty span when none), the
  body in ``lblNoiDung`` as pasted from Word (``<p class="MsoNormal">`` with
  ``<span style="font-size:13pt;font-family:'Times New Roman'">``, ``&nbsp;`` spacer paragraphs,
  runs split over two spans, a ``table.MsoTableGrid``), or typed straight into the editor as
  ``<p>`` lines, or as ``<div>`` text whose paragraphs are separated by ``<br /><br />``.
  Photos: ``<p align="center"><img src="/Upload/Images/2026/11/….jpg"></p>`` and then a caption
  ``<p align="center"><em>(Ảnh: …)</em></p>``, or a plain ``<p style="text-align:center">…</p>``,
  or nothing. Under the article: "File đính kèm" (some posts), "In bài | Gửi bài | Về đầu trang",
  and "Các tin khác": the 10 newest articles of the whole site but this one, each with its day
  in parentheses, linked ``ChiTietTin.aspx?MaTin=N&amp;MaDM=<the MaDM of the current address,
  as given: empty when the page was opened without one>``.
- Around every page: a banner with the school's name, a marquee "Chào mừng ngày Nhà giáo Việt Nam
  20/11", the clock "Hôm nay: <TODAY>", a left menu (Trang chủ, Giới thiệu, Cơ cấu tổ chức, the
  three categories, Album ảnh, Liên hệ, Đăng nhập), a right column "Thông báo mới" (the notices,
  printed in lower case ``chitiettin.aspx?matin=N``), "Văn bản" (files under ``/Upload/Files/``),
  "Liên kết" (a ``<select>`` of other sites), "Thống kê truy cập" (Đang online 12, Hôm nay 341,
  Tổng 1.204.556), and a footer with address, phone and "Thiết kế bởi Công ty …".
- Other pages: ``GioiThieu.aspx`` (history of the school), ``CoCauToChuc.aspx`` (staff table),
  ``AlbumAnh.aspx?MaAlbum=2`` (photos only), ``LienHe.aspx`` (address and a contact form),
  ``Login.aspx`` (the admin login), ``Print.aspx?MaTin=N`` (the print view: the same title, date,
  sapo and body, no menus, no breadcrumb), ``GuiBai.aspx?MaTin=N`` (the "send to a friend" popup,
  opened only by ``window.open`` in an onclick), ``/Upload/Files/….pdf|.doc`` documents.

How each gold article is reached
--------------------------------
Newest first (MaTin, category, where it is linked):

- 1268, 1265, 1262, 1259, 1256, 1253: on the home page, on page 1 of their category, in
  "Các tin khác"; the notices also in "Thông báo mới".
- 1249 (MaDM=5), 1245 (MaDM=3), 1241 (MaDM=7, also "Thông báo mới"), 1236 (MaDM=3), 1230
  (MaDM=5): page 1 of their category and "Các tin khác" of other articles.
- 1224 and 1219 (MaDM=3): only on page 2 of "Tin tức - Sự kiện", which only the postback pager
  reaches (they are the 12th and 13th newest, so no "Các tin khác" list names them).

Gold ``path`` is the category list's form ``/ChiTietTin.aspx?MaTin=N&MaDM=M``; ``alt_paths``
lists the other addresses the site links to and answers identically (no MaDM, an empty MaDM,
the other categories' MaDM, the lower-case form).

Traps
-----
The postback pager (the only way to page 2), article addresses varying in case and MaDM, the
print view (same text as the article, not an article of its own), ``GuiBai.aspx``,
``/Upload/Files/`` documents linked from the side box and from two notices, ``Login.aspx``, the
yellow error pages, the photo album, the static pages ("Giới thiệu" reads like an article but
has no date and is in no list), the page-2 GET parameter that is ignored.

Gold decisions (as a careful reader takes them)
-----------------------------------------------
- Title: the ``lblTieuDe`` text (1245's title was typed in decomposed Unicode: gold is NFC).
- Date: "Ngày đăng" read on the 12-hour clock, seconds kept: "02:15:40 CH" is 14:15:40,
  "12:10:00 CH" is 12:10:00 (noon), "08:30:15 SA" is 08:30:15; +07:00.
- Authors: a right-aligned closing name ("Nguyễn Thị Hằng"); "Người viết: Trần Văn Phúc - Tổ
  Toán Tin" gives the person without the unit; "Tin, ảnh: Tổ Văn phòng" makes the office author
  and photographer; a unit that alone signs ("Tổ Khoa học Xã hội") is the author as printed;
  "Tin: Đặng Thị Kim Oanh" gives the writer; "Tác giả: Lê Thị Mai" in the meta line is the
  author; "Người đăng: admin"/"bientap" is a login and credits nobody.
- Summary: the ``lblTomTat`` sapo when the post has one (also the body's first paragraph).
- Body: the paragraphs of ``lblNoiDung`` (after the sapo): ``&nbsp;`` spacers, captions,
  bylines and "File đính kèm" lines left out; Word headings and "- " lines are paragraphs as
  printed (the dash kept); the results table gives one paragraph per row, cells joined " | ".
- Images: the photos of the body in order. Caption: "(Ảnh: Thi đấu môn kéo co khối 7)" is the
  description "Thi đấu môn kéo co khối 7" (the parentheses and the label "Ảnh:" are not part of
  it: these lines describe the scene, they never name a photographer); a plain centred line
  under a photo is its caption as printed; no line, no caption. Thumbnails in lists, the logo,
  the banner, the print icon and album photos are not article images.
- Category: the last item of the "Trang chủ > …" line.
- Source: none of these posts names one.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "aspnet_updatepanel_thcs"
PLATFORM = "ASP.NET WebForms 4.0 vendor school site (UpdatePanel, postback pager)"
START_PATH = "/"

SCHOOL = "Trường THCS Nguyễn Huệ"
SITE_TITLE = "Trường THCS Nguyễn Huệ - Hải Lăng - Quảng Trị"

CATEGORIES: dict[int, str] = {3: "Tin tức - Sự kiện", 5: "Hoạt động chuyên môn", 7: "Thông báo"}
PAGE_SIZE = 5
HOME_COUNT = 6
OTHERS_COUNT = 10

#: the ids of the pager's controls, as the form posts them back
PAGER = "ctl00$ContentPlaceHolder1$rptPager$ctl{:02d}$lnkPage"
LNK_FIRST = "ctl00$ContentPlaceHolder1$lnkFirst"
LNK_PREV = "ctl00$ContentPlaceHolder1$lnkPrev"
LNK_NEXT = "ctl00$ContentPlaceHolder1$lnkNext"
LNK_LAST = "ctl00$ContentPlaceHolder1$lnkLast"
UPDATE_PANEL = "ctl00_ContentPlaceHolder1_upList"
GENERATORS = {
    "default.aspx": "CA0B0334",
    "danhmuc.aspx": "5F1A3B7C",
    "chitiettin.aspx": "9D2E61A0",
    "gioithieu.aspx": "1B7F22C5",
    "cocautochuc.aspx": "E4C0A913",
    "albumanh.aspx": "77A0D2F8",
    "lienhe.aspx": "0C5B8E41",
    "login.aspx": "C2384B1E",
    "guibai.aspx": "4F9D0B6A",
}


def _sp(markup: str) -> str:
    """The Word run every pasted paragraph is wrapped in."""
    return f"<span style=\"font-size:13pt;font-family:'Times New Roman'\">{markup}</span>"


def _right(markup: str) -> Raw:
    """A closing line right-aligned as Word pastes it."""
    return Raw(
        '<p class="MsoNormal" align="right" style="text-align:right">'
        + _sp(f"{markup}<o:p></o:p>")
        + "</p>"
    )


SPACER = Raw(f'<p class="MsoNormal">{_sp("&nbsp;<o:p></o:p>")}</p>')


@dataclass(frozen=True)
class Attachment:
    """A file the post links as "File đính kèm"."""

    href: str
    name: str
    inside: bool  # typed into the body by the editor (True) or the product's own field (False)


# --- the articles, newest first -------------------------------------------------------------
#
# opts: "date" = the "Ngày đăng" line as printed; "meta" = the author field of the meta line;
# "form" = how the editor's markup looks (mso: pasted from Word; plain: <p> lines; divbr: one
# <div> with <br /><br /> between paragraphs); "nfd"/"entities" = how the text was typed;
# "files" = attachments.

STORIES: list[Story] = [
    Story(
        id=1268,
        slug="le-ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="3",
        published_at="2026-11-20T09:45:20+07:00",
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam và tuyên dương, khen thưởng giáo viên, học sinh có thành tích "
            "xuất sắc trong đợt thi đua chào mừng ngày 20/11."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Hằng"],
        blocks=[
            P(
                "Về dự buổi lễ có ông Trần Đình Khoa, Phó Chủ tịch UBND xã Hải Lăng; bà Hoàng Thị "
                "Lệ, Chủ tịch Hội Khuyến học xã; đại diện Ban đại diện Cha mẹ học sinh cùng các thế "
                "hệ thầy cô giáo đã từng công tác tại trường và toàn thể cán bộ, giáo viên, nhân "
                "viên, học sinh nhà trường."
            ),
            Img(
                "/Upload/Images/2026/11/le-ky-niem-20-11-1.jpg",
                "(Ảnh: Các đại biểu về dự Lễ kỷ niệm)",
                "Các đại biểu về dự Lễ kỷ niệm",
                style="em",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Lê Quang Vinh, Hiệu trưởng nhà trường đã ôn lại truyền "
                "thống vẻ vang của Ngày Nhà giáo Việt Nam, điểm lại những thành tích nổi bật mà tập "
                "thể sư phạm nhà trường đạt được trong năm học 2025-2026: tỷ lệ học sinh lên lớp "
                "đạt 99,2%; 100% học sinh lớp 9 được công nhận tốt nghiệp THCS; 9 em đạt giải trong "
                "kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh."
            ),
            Img(
                "/Upload/Images/2026/11/le-ky-niem-20-11-2.jpg",
                "Thầy Lê Quang Vinh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "Thầy Lê Quang Vinh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                style="plain",
            ),
            P(
                "Trong đợt thi đua chào mừng ngày 20/11, toàn trường có 86 tiết dạy tốt được đăng "
                "ký, 14 chuyên đề cấp tổ được triển khai; phong trào “Hoa điểm tốt dâng thầy cô” "
                "thu hút đông đảo học sinh tham gia với hơn 3.200 điểm tốt."
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Hoàng Gia Bảo, học sinh lớp 9/1, đã bày tỏ lòng "
                "biết ơn sâu sắc đến các thầy giáo, cô giáo và hứa sẽ ra sức học tập, rèn luyện để "
                "xứng đáng với công lao dạy dỗ của thầy cô."
            ),
            Img("/Upload/Images/2026/11/le-ky-niem-20-11-3.jpg"),
            P(
                "Dịp này, nhà trường đã trao giấy khen cho 12 giáo viên có thành tích xuất sắc "
                "trong đợt thi đua và 35 học sinh đạt thành tích cao trong các hội thi, phong trào "
                "do Liên đội tổ chức."
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các lớp biểu diễn, để lại "
                "nhiều cảm xúc cho thầy cô giáo và các em học sinh."
            ),
            SPACER,
            Raw("<p align=right><strong>Nguyễn Thị Hằng</strong></p>"),
        ],
        opts={"date": "20/11/2026 09:45:20 SA", "form": "mso"},
    ),
    Story(
        id=1265,
        slug="nghi-bu-20-11",
        title="Thông báo nghỉ bù Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="7",
        published_at="2026-11-18T16:10:05+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học 2026-2027, nhà trường thông báo: học sinh toàn trường "
                "được nghỉ học ngày Thứ Bảy 21/11/2026 (nghỉ bù ngày 20/11 trùng lịch tổ chức Lễ "
                "kỷ niệm)."
            ),
            P(
                "Học sinh đi học lại bình thường vào Thứ Hai ngày 23/11/2026. Đề nghị giáo viên chủ "
                "nhiệm thông báo đến học sinh và cha mẹ học sinh lớp mình phụ trách."
            ),
        ],
        opts={"date": "18/11/2026 04:10:05 CH", "meta": "Người đăng: admin", "form": "plain"},
    ),
    Story(
        id=1262,
        slug="chuyen-de-stem-toan-8",
        title="Tổ Toán - Tin tổ chức chuyên đề “Dạy học STEM trong môn Toán lớp 8”",
        cat="5",
        published_at="2026-11-14T14:15:40+07:00",
        authors=["Trần Văn Phúc"],
        blocks=[
            P(
                "Nhằm đổi mới phương pháp dạy học theo định hướng phát triển năng lực học sinh, "
                "chiều ngày 12/11/2026, Tổ Toán - Tin Trường THCS Nguyễn Huệ đã tổ chức chuyên đề "
                "“Dạy học STEM trong môn Toán lớp 8” với bài học “Thiết kế mô hình hình chóp tứ "
                "giác đều”."
            ),
            P(
                "Tiết dạy minh họa do cô Trương Thị Ngọc Diệp thực hiện tại lớp 8/2. Học sinh được "
                "chia thành 6 nhóm, vận dụng kiến thức về hình chóp tứ giác đều để tính toán, thiết "
                "kế và làm mô hình chiếc đèn lồng từ bìa cứng, que tre và giấy màu."
            ),
            Img(
                "/Upload/Images/2026/11/stem-toan8-1.jpg",
                "Học sinh lớp 8/2 thảo luận nhóm thiết kế mô hình",
                "Học sinh lớp 8/2 thảo luận nhóm thiết kế mô hình",
                style="plain",
            ),
            P(
                "Sau tiết dạy, các thành viên trong tổ đã tập trung thảo luận, phân tích hoạt động "
                "của giáo viên và học sinh, chỉ ra những điểm thành công cũng như những nội dung cần "
                "điều chỉnh về thời gian và cách tổ chức hoạt động nhóm."
            ),
            Img(
                "/Upload/Images/2026/11/stem-toan8-2.jpg",
                "(Ảnh: Sản phẩm mô hình đèn lồng của các nhóm)",
                "Sản phẩm mô hình đèn lồng của các nhóm",
                style="em",
            ),
            P(
                "Chuyên đề đã giúp giáo viên trong tổ có thêm kinh nghiệm trong việc thiết kế và tổ "
                "chức các bài học STEM, góp phần nâng cao chất lượng dạy học môn Toán ở nhà trường."
            ),
            SPACER,
            _right("<i>Người viết: Trần Văn Phúc - Tổ Toán Tin</i>"),
        ],
        opts={"date": "14/11/2026 02:15:40 CH", "form": "mso"},
    ),
    Story(
        id=1259,
        slug="hoi-khoe-phu-dong",
        title="Kết quả Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        cat="3",
        published_at="2026-11-10T08:30:15+07:00",
        summary=(
            "Từ ngày 02 đến 07/11/2026, Trường THCS Nguyễn Huệ tổ chức Hội khỏe Phù Đổng cấp "
            "trường với sự tham gia của 312 vận động viên đến từ 16 lớp, thi đấu ở 5 môn: điền "
            "kinh, bóng đá, cầu lông, đá cầu và kéo co."
        ),
        sapo_outside=True,
        authors=["Tổ Văn phòng"],
        photographers=["Tổ Văn phòng"],
        blocks=[
            P(
                "Hội khỏe là dịp để các em học sinh rèn luyện sức khỏe, thể hiện tinh thần đoàn "
                "kết, thi đấu trung thực, cao thượng; đồng thời là cơ sở để nhà trường tuyển chọn "
                "vận động viên tham gia Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            Img(
                "/Upload/Images/2026/11/hkpd-2026-1.jpg",
                "(Ảnh: Thi đấu môn kéo co khối 7)",
                "Thi đấu môn kéo co khối 7",
                style="em",
            ),
            P("Sau 6 ngày thi đấu sôi nổi, Ban tổ chức đã trao các giải toàn đoàn như sau:"),
            P("TT | Khối | Giải Nhất | Giải Nhì | Giải Ba", style="th"),
            P("1 | Khối 6 | 6/3 | 6/1 | 6/2", style="td"),
            P("2 | Khối 7 | 7/2 | 7/4 | 7/1", style="td"),
            P("3 | Khối 8 | 8/1 | 8/3 | 8/4", style="td"),
            P("4 | Khối 9 | 9/2 | 9/1 | 9/3", style="td"),
            SPACER,
            P(
                "Ngoài ra, Ban tổ chức còn trao 48 huy chương Vàng, 48 huy chương Bạc và 52 huy "
                "chương Đồng cho các vận động viên đạt thành tích cao ở các nội dung thi đấu cá "
                "nhân."
            ),
            Img(
                "/Upload/Images/2026/11/hkpd-2026-2.jpg",
                "Ban tổ chức trao giải cho các lớp đạt giải toàn đoàn",
                "Ban tổ chức trao giải cho các lớp đạt giải toàn đoàn",
                style="plain",
            ),
            _right("<b><i>Tin, ảnh: Tổ Văn phòng</i></b>"),
        ],
        opts={"date": "10/11/2026 08:30:15 SA", "form": "mso"},
    ),
    Story(
        id=1256,
        slug="dai-hoi-lien-doi",
        title="Đại hội Liên đội nhiệm kỳ 2026-2027",
        cat="3",
        published_at="2026-11-05T12:10:00+07:00",
        authors=["Lê Thị Mai"],
        blocks=[
            P(
                "Chiều ngày 03/11/2026, Liên đội Trường THCS Nguyễn Huệ đã long trọng tổ chức Đại "
                "hội Liên đội nhiệm kỳ 2026-2027 với sự tham dự của 96 đại biểu là chỉ huy các chi "
                "đội trong toàn trường."
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ "
                "2025-2026, thảo luận và thông qua phương hướng, nhiệm vụ nhiệm kỳ mới với chủ đề "
                "“Thiếu nhi Việt Nam - Tự hào tiến bước dưới cờ Đảng”."
            ),
            Img("/Upload/Images/2026/11/dai-hoi-lien-doi.jpg"),
            P(
                "Với tinh thần dân chủ, Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ mới gồm 11 em; "
                "em Nguyễn Khánh Linh, lớp 8/2, được bầu làm Liên đội trưởng."
            ),
            P(
                "Đại hội kết thúc trong không khí vui tươi với màn đồng diễn “Tiếng trống Đội ta” "
                "của các chi đội khối 6."
            ),
        ],
        opts={"date": "05/11/2026 12:10:00 CH", "meta": "Tác giả: Lê Thị Mai", "form": "divbr"},
    ),
    Story(
        id=1253,
        slug="thi-hsg-9-cap-truong",
        title="Thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp trường năm học 2026-2027",
        cat="7",
        published_at="2026-11-02T15:20:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 45/KH-THCSNH ngày 15/9/2026 của Trường THCS Nguyễn Huệ về việc "
                "bồi dưỡng học sinh giỏi năm học 2026-2027, nhà trường thông báo tổ chức kỳ thi chọn "
                "học sinh giỏi lớp 9 cấp trường như sau:"
            ),
            P(
                "1. Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học."
            ),
            P("2. Thời gian thi: 07 giờ 30 phút, ngày 14/11/2026 (Thứ Bảy)."),
            P("3. Địa điểm: các phòng học khu A."),
            P(
                "4. Đối tượng: học sinh lớp 9 có kết quả học tập từ mức Khá trở lên, do giáo viên "
                "bộ môn đề xuất và đăng ký qua giáo viên chủ nhiệm trước ngày 10/11/2026."
            ),
            P("Danh sách học sinh dự thi và lịch thi chi tiết xem trong file đính kèm."),
            SPACER,
        ],
        opts={
            "date": "02/11/2026 03:20:00 CH",
            "meta": "Người đăng: admin",
            "form": "mso",
            "files": [
                Attachment(
                    "/Upload/Files/2026/11/DS_thi_HSG9_cap_truong.doc",
                    "DS_thi_HSG9_cap_truong.doc",
                    inside=True,
                )
            ],
        },
    ),
    Story(
        id=1249,
        slug="giao-vien-day-gioi",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
        cat="5",
        published_at="2026-10-28T09:05:30+07:00",
        summary=(
            "Trong 3 tuần, từ ngày 05 đến 23/10/2026, Trường THCS Nguyễn Huệ tổ chức Hội thi giáo "
            "viên dạy giỏi cấp trường với 14 giáo viên tham gia."
        ),
        sapo_outside=True,
        authors=["Tổ Khoa học Xã hội"],
        blocks=[
            P(
                "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực "
                "hành dạy 2 tiết trên lớp. Các tiết dạy được Ban giám khảo đánh giá theo Công văn "
                "5512/BGDĐT-GDTrH, chú trọng việc tổ chức hoạt động học cho học sinh."
            ),
            Img(
                "/Upload/Images/2026/10/gvdg-2026-1.jpg",
                "Cô Phan Thị Thảo Nguyên, giáo viên môn Tiếng Anh, trong tiết dạy dự thi",
                "Cô Phan Thị Thảo Nguyên, giáo viên môn Tiếng Anh, trong tiết dạy dự thi",
                style="plain",
            ),
            P(
                "Kết quả, có 11 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 4 "
                "giáo viên được chọn tham dự Hội thi giáo viên dạy giỏi cấp tỉnh."
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời khẳng định sự "
                "nỗ lực đổi mới phương pháp dạy học của đội ngũ giáo viên nhà trường."
            ),
            Raw('<p align="right"><b>Tổ Khoa học Xã hội</b></p>'),
        ],
        opts={"date": "28/10/2026 09:05:30 SA", "form": "mso"},
    ),
    Story(
        id=1245,
        slug="tuyen-truyen-duoi-nuoc",
        title="Tuyên truyền phòng, chống đuối nước và an toàn giao thông cho học sinh",
        cat="3",
        published_at="2026-10-22T10:20:00+07:00",
        blocks=[
            P(
                "Nhằm nâng cao nhận thức và kỹ năng phòng, chống đuối nước, chấp hành pháp luật về "
                "trật tự an toàn giao thông cho học sinh trong mùa mưa lũ, sáng ngày 19/10/2026, "
                "Trường THCS Nguyễn Huệ phối hợp với Công an xã Hải Lăng tổ chức buổi tuyên truyền "
                "dưới cờ cho hơn 600 học sinh toàn trường."
            ),
            P(
                "Tại buổi tuyên truyền, báo cáo viên đã thông tin tình hình đuối nước ở trẻ em trên "
                "địa bàn tỉnh thời gian qua, hướng dẫn các em cách nhận biết nguy cơ, cách xử lý khi "
                "gặp người bị đuối nước và những lưu ý khi đi qua các đoạn đường ngập nước."
            ),
            Img("/Upload/Images/2026/10/tuyen-truyen-duoi-nuoc.jpg"),
            P(
                "Các em cũng được nhắc nhở không điều khiển xe máy điện khi chưa đủ tuổi, đội mũ bảo "
                "hiểm đúng quy cách khi ngồi trên xe mô tô, xe gắn máy."
            ),
            P(
                "Dịp này, nhà trường đã phát động học sinh ký cam kết không tắm sông, hồ, ao khi "
                "không có người lớn đi cùng và chấp hành nghiêm các quy định về trật tự, an toàn "
                "giao thông đường bộ."
            ),
        ],
        opts={
            "date": "22/10/2026 10:20:00 SA",
            "meta": "Người đăng: bientap",
            "form": "mso",
            "nfd": True,
        },
    ),
    Story(
        id=1241,
        slug="lich-kiem-tra-giua-hk1",
        title="Lịch kiểm tra giữa học kỳ I năm học 2026-2027",
        cat="7",
        published_at="2026-10-16T07:30:00+07:00",
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027 như sau:"),
            P(
                "- Từ ngày 26/10 đến 31/10/2026: kiểm tra các môn Ngữ văn, Toán, Tiếng Anh (kiểm tra "
                "tập trung theo khối)."
            ),
            P(
                "- Các môn còn lại: giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch dạy "
                "học, hoàn thành trước ngày 07/11/2026."
            ),
            P(
                "- Giáo viên chủ nhiệm nhắc nhở học sinh ôn tập, chuẩn bị đầy đủ đồ dùng học tập, "
                "có mặt tại phòng kiểm tra trước giờ kiểm tra 15 phút."
            ),
            P("Lịch kiểm tra chi tiết từng khối xem trong tệp đính kèm."),
        ],
        opts={
            "date": "16/10/2026 07:30:00 SA",
            "meta": "Người đăng: admin",
            "form": "mso",
            "files": [
                Attachment(
                    "/Upload/Files/2026/10/Lich_KT_giua_HKI_2026-2027.pdf",
                    "Lich_KT_giua_HKI_2026-2027.pdf",
                    inside=False,
                )
            ],
        },
    ),
    Story(
        id=1236,
        slug="chi-bo-sinh-hoat-chuyen-de",
        title=(
            "Chi bộ nhà trường sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong "
            "cách Hồ Chí Minh"
        ),
        cat="3",
        published_at="2026-10-09T16:45:10+07:00",
        summary=(
            "Ngày 07/10/2026, Chi bộ Trường THCS Nguyễn Huệ tổ chức sinh hoạt chuyên đề quý III "
            "với chủ đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần "
            "tự học, tự rèn luyện của nhà giáo”."
        ),
        sapo_outside=True,
        authors=["Phan Thị Thu Hà"],
        blocks=[
            P(
                "Tại buổi sinh hoạt, đồng chí Lê Quang Vinh, Bí thư Chi bộ, Hiệu trưởng nhà trường "
                "đã quán triệt những nội dung cơ bản của tư tưởng Hồ Chí Minh về tự học, nhấn mạnh: "
                "mỗi nhà giáo phải là một tấm gương sáng về tinh thần tự học, không ngừng nâng cao "
                "trình độ chuyên môn, nghiệp vụ."
            ),
            P(
                "Các đảng viên đã thảo luận sôi nổi, liên hệ với thực tiễn công tác của bản thân và "
                "đăng ký những việc làm cụ thể như: tham gia đầy đủ các khóa bồi dưỡng thường "
                "xuyên, ứng dụng công nghệ thông tin và chuyển đổi số trong dạy học, giúp đỡ đồng "
                "nghiệp trẻ trong tổ chuyên môn."
            ),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ đã thống nhất đưa nội dung chuyên đề vào kế hoạch "
                "hoạt động của các tổ chuyên môn và đánh giá việc thực hiện trong các kỳ sinh hoạt "
                "chi bộ hằng tháng."
            ),
            Raw(
                '<p align="right"><strong>' + text("Phan Thị Thu Hà", entities=1) + "</strong></p>"
            ),
        ],
        opts={"date": "09/10/2026 04:45:10 CH", "form": "plain", "entities": 1},
    ),
    Story(
        id=1230,
        slug="nghien-cuu-bai-hoc-ngu-van",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học ở Tổ Ngữ văn",
        cat="5",
        published_at="2026-09-30T15:05:00+07:00",
        authors=["Đặng Thị Kim Oanh"],
        blocks=[
            P(
                "Thực hiện Kế hoạch chuyên môn năm học 2026-2027, ngày 26/9/2026, Tổ Ngữ văn Trường "
                "THCS Nguyễn Huệ tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học đầu tiên "
                "của năm học."
            ),
            P("1. Chuẩn bị bài dạy minh họa", style="h"),
            P(
                "Bài dạy minh họa “Văn bản nghị luận về một vấn đề đời sống” (Ngữ văn 9) được cả tổ "
                "cùng thiết kế; cô Nguyễn Thị Bích Thủy dạy minh họa tại lớp 9/3. Các thành viên dự "
                "giờ tập trung quan sát hoạt động của học sinh thay vì nhận xét giáo viên."
            ),
            Img(
                "/Upload/Images/2026/09/sinh-hoat-nghien-cuu-bai-hoc.jpg",
                "Giáo viên Tổ Ngữ văn dự giờ, quan sát học sinh học tập",
                "Giáo viên Tổ Ngữ văn dự giờ, quan sát học sinh học tập",
                style="plain",
            ),
            P("2. Thảo luận sau bài dạy", style="h"),
            P(
                "Các ý kiến thảo luận đều hướng vào câu hỏi: học sinh đã học như thế nào, em nào "
                "còn gặp khó khăn và vì sao. Từ đó, tổ thống nhất điều chỉnh một số nhiệm vụ học tập "
                "cho phù hợp với năng lực của từng nhóm học sinh."
            ),
            P("3. Bài học kinh nghiệm", style="h"),
            P(
                "- Thiết kế nhiệm vụ học tập rõ ràng, vừa sức, có sản phẩm cụ thể để giáo viên quan "
                "sát."
            ),
            P("- Tăng cường hoạt động nhóm đôi, tạo cơ hội cho học sinh trình bày ý kiến."),
            P(
                "- Người dự giờ cần ghi chép cụ thể diễn biến học tập của học sinh để làm căn cứ "
                "thảo luận."
            ),
            SPACER,
            _right("<b>Tin: Đặng Thị Kim Oanh</b>"),
        ],
        opts={"date": "30/09/2026 03:05:00 CH", "form": "mso", "entities": 2},
    ),
    Story(
        id=1224,
        slug="khai-giang-2026-2027",
        title="Tưng bừng Lễ khai giảng năm học mới 2026-2027",
        cat="3",
        published_at="2026-09-05T10:45:00+07:00",
        summary=(
            "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 640 học sinh Trường "
            "THCS Nguyễn Huệ nô nức dự Lễ khai giảng năm học mới 2026-2027."
        ),
        sapo_outside=True,
        authors=["Trần Thị Ngọc Ánh"],
        blocks=[
            P(
                "Đến dự Lễ khai giảng có ông Trần Đình Khoa, Phó Chủ tịch UBND xã Hải Lăng; đại "
                "diện Đảng ủy, Ủy ban Mặt trận Tổ quốc xã, Ban đại diện Cha mẹ học sinh và đông đảo "
                "phụ huynh."
            ),
            Img(
                "/Upload/Images/2026/09/khai-giang-2026-1.jpg",
                "(Ảnh: Học sinh lớp 6 tiến vào lễ đài)",
                "Học sinh lớp 6 tiến vào lễ đài",
                style="em",
            ),
            P(
                "Năm học 2026-2027, nhà trường có 16 lớp với 642 học sinh, trong đó 168 em học sinh "
                "lớp 6 lần đầu tiên bước vào mái trường trung học cơ sở."
            ),
            P(
                "Thầy Lê Quang Vinh, Hiệu trưởng nhà trường, đã đọc thư của Chủ tịch nước gửi ngành "
                "Giáo dục nhân dịp khai giảng năm học mới và đánh trống khai trường."
            ),
            Img(
                "/Upload/Images/2026/09/khai-giang-2026-2.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                style="plain",
            ),
            P(
                "Dịp này, Hội Khuyến học xã và các nhà hảo tâm đã trao 25 suất học bổng, mỗi suất "
                "trị giá 1.000.000 đồng cho học sinh có hoàn cảnh khó khăn vươn lên học tốt."
            ),
            Raw('<p align="right"><strong>Trần Thị Ngọc Ánh</strong></p>'),
        ],
        opts={"date": "05/09/2026 10:45:00 SA", "form": "mso"},
    ),
    Story(
        id=1219,
        slug="tuu-truong-2026",
        title="Học sinh tựu trường năm học 2026-2027",
        cat="3",
        published_at="2026-08-25T16:30:00+07:00",
        blocks=[
            P(
                "Ngày 25/8/2026, học sinh Trường THCS Nguyễn Huệ đã tựu trường, bắt đầu năm học mới "
                "2026-2027."
            ),
            Img(
                "/Upload/Images/2026/08/tuu-truong-2026.jpg",
                "Học sinh khối 6 trong ngày tựu trường",
                "Học sinh khối 6 trong ngày tựu trường",
                style="plain",
            ),
            P(
                "Trong buổi tựu trường, giáo viên chủ nhiệm đã ổn định tổ chức lớp, phổ biến nội quy "
                "nhà trường, hướng dẫn học sinh lớp 6 làm quen với môn học, thầy cô mới; các lớp tổ "
                "chức lao động vệ sinh trường lớp chuẩn bị cho Lễ khai giảng."
            ),
        ],
        opts={"date": "25/08/2026 04:30:00 CH", "meta": "Người đăng: admin", "form": "plain"},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}

# --- gold ----------------------------------------------------------------------------------


def article_path(story: Story) -> str:
    """The address the category list links an article at (the gold ``path``)."""
    return f"/ChiTietTin.aspx?MaTin={story.id}&MaDM={story.cat}"


def _alt_paths(story: Story) -> list[str]:
    """The other addresses the site links the same article at (home, "Các tin khác" with any or
    an empty MaDM, the side box's lower case)."""
    n = story.id
    others = [f"/ChiTietTin.aspx?MaTin={n}&MaDM={m}" for m in CATEGORIES if str(m) != story.cat]
    return [
        f"/ChiTietTin.aspx?MaTin={n}",
        f"/ChiTietTin.aspx?MaTin={n}&MaDM=",
        *others,
        f"/chitiettin.aspx?matin={n}",
    ]


GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATEGORIES[int(s.cat)],
        alt_paths=_alt_paths(s),
    )
    for s in STORIES
]

NON_ARTICLES: list[str] = [
    "/GioiThieu.aspx",
    "/CoCauToChuc.aspx",
    "/AlbumAnh.aspx?MaAlbum=2",
    "/LienHe.aspx",
]


# --- text and dates as the product prints them ---------------------------------------------


def _tx(story: Story, value: str) -> str:
    """Article text typed as this post's editor typed it (decomposed, entity-encoded or plain)."""
    return text(value, nfd=story.opts.get("nfd", False), entities=story.opts.get("entities", 0))


def _title(story: Story) -> str:
    return text(story.title, nfd=story.opts.get("nfd", False))


def _day(story: Story) -> str:
    """The day a list prints beside a link: dd/mm/yyyy."""
    return story.opts["date"][:10]


def newest() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)


def in_category(madm: int) -> list[Story]:
    return [s for s in newest() if s.cat == str(madm)]


def page_count(madm: int) -> int:
    return max(1, -(-len(in_category(madm)) // PAGE_SIZE))


# --- the body as the editor left it --------------------------------------------------------

_MSO_P = '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in;line-height:150%">'


def _mso_runs(markup: str, split: bool) -> str:
    """A paragraph's text in Word runs; every few paragraphs Word breaks it in two runs."""
    if split:
        cut = markup.find(" ", len(markup) // 2)
        if cut > 0:
            return (
                _sp(markup[: cut + 1])
                + '<span lang="VI" style="font-size:13pt;font-family:\'Times New Roman\'">'
                + markup[cut + 1 :]
                + "<o:p></o:p></span>"
            )
    return _sp(markup + "<o:p></o:p>")


def _word_table(story: Story, rows: list[P]) -> str:
    out = [
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
        'mso-yfti-tbllook:1184;mso-padding-alt:0in 5.4pt 0in 5.4pt">',
        " <tbody>",
    ]
    widths = [40, 90, 100, 100, 100]
    for i, row in enumerate(rows):
        out.append(f' <tr style="mso-yfti-irow:{i}{";mso-yfti-firstrow:yes" if i == 0 else ""}">')
        for j, cell in enumerate(row.text.split(" | ")):
            inner = _sp(_tx(story, cell) + "<o:p></o:p>")
            if row.style == "th":
                inner = f"<b>{inner}</b>"
            width = widths[j % len(widths)]
            out.append(
                f'  <td width="{width}" valign="top" style="width:{width * 0.75:.1f}pt;'
                'border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt">\n'
                f'  <p class="MsoNormal" align="center" style="text-align:center">{inner}</p>\n'
                "  </td>"
            )
        out.append(" </tr>")
    out += [" </tbody>", "</table>"]
    return "\n".join(out)


def _image(story: Story, img: Img) -> str:
    out = f'<p align="center"><img src="{esc(img.src)}" width="500" height="333" border="0" alt="" /></p>'
    if img.printed is None:
        return out
    printed = _tx(story, img.printed)
    if img.style == "em":
        return out + f'\n<p align="center"><em>{printed}</em></p>'
    return out + f'\n<p style="text-align:center">{printed}</p>'


def _attachment_line(att: Attachment) -> str:
    return (
        f'<p class="MsoNormal"><b>File đính kèm:</b> <a href="{esc(att.href)}">'
        f"{esc(att.name)}</a></p>"
    )


def render_body(story: Story) -> str:
    """What ``lblNoiDung`` holds for a post."""
    form = story.opts.get("form", "mso")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_para = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("th", "td"):
            rows: list[P] = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                rows.append(blocks[i])
                i += 1
            out.append(_word_table(story, rows))
            continue
        if isinstance(block, P) and form == "divbr":
            run: list[str] = []
            while i < len(blocks) and isinstance(blocks[i], P):
                run.append(_tx(story, blocks[i].text))
                i += 1
            out.append("<div>" + "<br />\r\n<br />\r\n".join(run) + "</div>")
            continue
        i += 1
        if isinstance(block, Img):
            out.append(_image(story, block))
        elif isinstance(block, Raw):
            out.append(block.html)
        elif form == "plain":
            out.append(f'<p style="text-align: justify;">{_tx(story, block.text)}</p>')
        elif block.style == "h":
            out.append(
                '<p class="MsoNormal" style="margin-top:6.0pt;text-align:justify;line-height:150%">'
                f"<b>{_sp(_tx(story, block.text) + '<o:p></o:p>')}</b></p>"
            )
        else:
            n_para += 1
            out.append(_MSO_P + _mso_runs(_tx(story, block.text), n_para % 3 == 2) + "</p>")
    for att in story.opts.get("files", []):
        if att.inside:
            out.append(_attachment_line(att))
    return "\n".join(out)


# --- the master page -----------------------------------------------------------------------

_VS_PREFIX = b"\xff\x01\x0f\x0f\x05\x0a"  # what a LosFormatter state starts with: "/wEPDwUK"
_EV_PREFIX = b"\xff\x01\x16"  # an event validation list: "/wEW"

_DOPOSTBACK = """<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>"""

MENU = [
    ("Default.aspx", "Trang chủ"),
    ("GioiThieu.aspx", "Giới thiệu"),
    ("CoCauToChuc.aspx", "Cơ cấu tổ chức"),
    ("DanhMuc.aspx?MaDM=3", "Tin tức - Sự kiện"),
    ("DanhMuc.aspx?MaDM=5", "Hoạt động chuyên môn"),
    ("DanhMuc.aspx?MaDM=7", "Thông báo"),
    ("AlbumAnh.aspx?MaAlbum=2", "Album ảnh"),
    ("LienHe.aspx", "Liên hệ"),
    ("Login.aspx", "Đăng nhập"),
]

DOCUMENTS = [
    ("/Upload/Files/2026/09/KH_nam_hoc_2026-2027.pdf", "Kế hoạch năm học 2026-2027"),
    ("/Upload/Files/2026/09/QC_chi_tieu_noi_bo_2026.doc", "Quy chế chi tiêu nội bộ năm 2026"),
    (
        "/Upload/Files/2026/10/Lich_KT_giua_HKI_2026-2027.pdf",
        "Lịch kiểm tra giữa học kỳ I năm học 2026-2027",
    ),
]
FILES: dict[str, str] = {
    **{href.lower(): href for href, _ in DOCUMENTS},
    **{att.href.lower(): att.href for story in STORIES for att in story.opts.get("files", [])},
}

LINKS = [
    ("http://www.moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("http://sgddt.quangtri.gov.vn", "Sở GD&ĐT Quảng Trị"),
    ("http://truonghocketnoi.edu.vn", "Trường học kết nối"),
    ("http://taphuan.csdl.edu.vn", "Tập huấn giáo viên"),
    ("http://vnedu.vn", "Sổ liên lạc điện tử vnEdu"),
]


@dataclass(frozen=True)
class FormState:
    """The hidden fields a page prints: its view state, generator and event validation."""

    viewstate: str
    generator: str
    validation: str | None = None


def _box(title: str, inner: str) -> str:
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="margin-bottom:8px;'
        'border:1px solid #9cb86b">\n'
        f'<tr><td class="box-title" style="background:url(images/box_title.gif) repeat-x;height:26px;'
        f'padding-left:8px;color:#fff;font-weight:bold">{title}</td></tr>\n'
        f'<tr><td style="padding:5px;background:#fff">{inner}</td></tr>\n</table>'
    )


def _left_menu() -> str:
    rows = "\n".join(
        f'<tr><td class="menu" style="padding:4px 6px;border-bottom:1px solid #d7e4c0">'
        f'<img src="images/bullet_menu.gif" border="0" alt="" />&nbsp;<a href="{href}" '
        f'style="text-decoration:none;color:#1d4f0c">{esc(label)}</a></td></tr>'
        for href, label in MENU
    )
    menu = f'<table width="100%" cellpadding="0" cellspacing="0">\n{rows}\n</table>'
    poll = (
        '<table width="100%"><tr><td>Bạn biết đến website của trường qua đâu?</td></tr>'
        '<tr><td><input type="radio" name="binhchon" value="1" />Giáo viên chủ nhiệm<br />'
        '<input type="radio" name="binhchon" value="2" />Bạn bè<br />'
        '<input type="radio" name="binhchon" value="3" />Mạng xã hội</td></tr>'
        '<tr><td align="center"><input type="button" value="Bình chọn" onclick="alert(\'Cảm ơn '
        "bạn đã tham gia bình chọn!')\" /></td></tr></table>"
    )
    return _box("DANH MỤC", menu) + "\n" + _box("THĂM DÒ Ý KIẾN", poll)


def _right_column() -> str:
    notices = in_category(7)[:5]
    items = "\n".join(
        f'<tr><td style="padding:3px 0;border-bottom:1px dotted #ccc"><img src="images/new.gif" '
        f'alt="" /> <a href="chitiettin.aspx?matin={s.id}" class="thongbao">{esc(s.title)}</a>'
        "</td></tr>"
        for s in notices
    )
    notice_box = (
        f'<marquee direction="up" scrollamount="1" height="160" onmouseover="this.stop()" '
        f'onmouseout="this.start()"><table width="100%">{items}</table></marquee>'
        '<div align="right"><a href="DanhMuc.aspx?MaDM=7">Xem tiếp &raquo;</a></div>'
    )
    docs = "\n".join(
        f'<tr><td style="padding:3px 0"><img src="images/icon_doc.gif" alt="" /> '
        f'<a href="{href}" target="_blank">{esc(label)}</a></td></tr>'
        for href, label in DOCUMENTS
    )
    options = "\n".join(f'<option value="{href}">{esc(label)}</option>' for href, label in LINKS)
    links = (
        '<select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" style="width:180px" '
        "onchange=\"if(this.value!='') window.open(this.value);\">\n"
        f'<option value="">-- Liên kết website --</option>\n{options}\n</select>'
    )
    album = (
        '<a href="AlbumAnh.aspx?MaAlbum=2"><img src="/Upload/Album/2/thumb_01.jpg" width="180" '
        'height="120" border="0" alt="Album ảnh" /></a>'
    )
    counter = (
        '<table width="100%" style="font-size:11px">'
        '<tr><td><img src="images/online.gif" alt="" /> Đang online:</td><td align="right">'
        "<b>12</b></td></tr>"
        '<tr><td><img src="images/today.gif" alt="" /> Hôm nay:</td><td align="right"><b>341</b>'
        "</td></tr>"
        '<tr><td><img src="images/total.gif" alt="" /> Tổng:</td><td align="right">'
        "<b>1.204.556</b></td></tr></table>"
    )
    return "\n".join(
        [
            _box("THÔNG BÁO MỚI", notice_box),
            _box("VĂN BẢN", f'<table width="100%">{docs}</table>'),
            _box("ALBUM ẢNH", album),
            _box("LIÊN KẾT", links),
            _box("THỐNG KÊ TRUY CẬP", counter),
        ]
    )


def layout(center: str, action: str, state: FormState, panels: bool = False) -> str:
    """The master page around a page's centre column (``panels``: the page has the UpdatePanel)."""
    panel_ids = "'tctl00$ContentPlaceHolder1$upList',''" if panels else ""
    validation = (
        '<div class="aspNetHidden">\n\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" '
        f'id="__VIEWSTATEGENERATOR" value="{state.generator}" />\n'
        + (
            '\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
            f'value="{state.validation}" />\n'
            if state.validation
            else ""
        )
        + "</div>"
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
\t{esc(SITE_TITLE)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="THCS Nguyễn Huệ, Hải Lăng, Quảng Trị, trường học" /><link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="favicon.ico" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
</head>
<body style="margin:0;background:#e9f1dc url(images/bg_body.jpg) repeat-x">
<a name="top"></a>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state.viewstate}" />
</div>

{_DOPOSTBACK}

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZGh0yjHpXqR1xG5PZ3n1dA1&amp;t=635802997220000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvgsXR3Oe5vK9Xz1pZ0uC2nB3s1&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OE9nXz4tYy1oJp8mM0k4b2n1&amp;t=ffffffffecf19baa" type="text/javascript"></script>
{validation}
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', [{panel_ids}], [], [], 90, 'ctl00');
//]]>
</script>

<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" style="background:#fff">
<tr><td colspan="3" style="background:url(images/banner.jpg) no-repeat;height:150px" valign="middle">
  <table width="100%"><tr>
  <td width="130" align="center"><img src="images/logo.png" width="110" height="110" alt="Logo" /></td>
  <td><div style="font:bold 15px Arial;color:#fff">PHÒNG GD&amp;ĐT - UBND XÃ HẢI LĂNG</div>
  <div style="font:bold 30px 'Times New Roman';color:#ffef5c;text-shadow:1px 1px #333">TRƯỜNG THCS NGUYỄN HUỆ</div>
  <div style="font:italic 14px Arial;color:#fff">Dạy tốt - Học tốt - Rèn luyện tốt</div></td>
  </tr></table>
</td></tr>
<tr><td colspan="3" style="background:#4d7f1c;height:28px;color:#fff;font-size:12px">
  <table width="100%" cellpadding="0" cellspacing="0"><tr>
  <td width="260" style="padding-left:8px">Hôm nay: {TODAY}</td>
  <td><marquee scrollamount="3" style="color:#ffef5c;font-weight:bold">Chào mừng ngày Nhà giáo Việt Nam 20/11</marquee></td>
  </tr></table>
</td></tr>
<tr>
<td width="200" valign="top" style="padding:6px">
{_left_menu()}
</td>
<td width="580" valign="top" style="padding:6px">
{center}
</td>
<td width="220" valign="top" style="padding:6px">
{_right_column()}
</td>
</tr>
<tr><td colspan="3" align="center" style="background:#4d7f1c;color:#fff;padding:10px;font-size:12px;line-height:18px">
<b>TRƯỜNG THCS NGUYỄN HUỆ - XÃ HẢI LĂNG - TỈNH QUẢNG TRỊ</b><br />
Địa chỉ: Thôn Mỹ Chánh, xã Hải Lăng, tỉnh Quảng Trị<br />
Điện thoại: (0233) 3876 215 - Email: thcsnguyenhue.hailang@quangtri.edu.vn<br />
Chịu trách nhiệm chính: Thầy Lê Quang Vinh - Hiệu trưởng<br />
<span style="font-size:10px;color:#dfe9cc">Thiết kế bởi Công ty TNHH Phần mềm Tin học Đông Dương - ĐT: 0233 3566 789</span>
</td></tr>
</table>
</form>
</body>
</html>
"""


# --- page centres --------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    images = story.images
    return images[0].src if images else "/images/no-image.jpg"


def home_center() -> str:
    stories = newest()[:HOME_COUNT]
    first, rest = stories[0], stories[1:]
    head = (
        '<table width="100%" cellpadding="4" cellspacing="0"><tr>'
        f'<td width="210" valign="top"><a href="ChiTietTin.aspx?MaTin={first.id}">'
        f'<img src="{_thumb(first)}" width="200" height="140" border="0" '
        'style="border:1px solid #aaa" /></a></td>'
        f'<td valign="top"><a href="ChiTietTin.aspx?MaTin={first.id}" class="tieudetin" '
        f'style="font:bold 14px Arial;color:#1d4f0c">{_title(first)}</a> '
        f'<span class="ngay">({_day(first)})</span><br />'
        f'<span class="tomtat">{esc(first.summary or "")}</span><br />'
        f'<div align="right"><a href="ChiTietTin.aspx?MaTin={first.id}">Xem tiếp &raquo;</a>'
        "</div></td></tr></table>"
    )
    items = "\n".join(
        f'<tr><td style="padding:3px 0;border-bottom:1px dotted #ccc"><img src="images/bullet.gif" '
        f'alt="" /> <a href="ChiTietTin.aspx?MaTin={s.id}" class="tinlienquan">{_title(s)}</a> '
        f'<span class="ngay">({_day(s)})</span></td></tr>'
        for s in rest
    )
    return _box("TIN MỚI NHẤT", head + f'\n<table width="100%">{items}</table>')


def _pager_link(control: str, label: str, enabled: bool, current: bool = False) -> str:
    dom_id = control.replace("$", "_")
    if not enabled:
        style = ' style="font-weight:bold;color:Red;"' if current else ""
        return f'<a id="{dom_id}" class="aspNetDisabled"{style}>{label}</a>'
    return f"<a id=\"{dom_id}\" href=\"javascript:__doPostBack('{control}','')\">{label}</a>"


def pager_targets(madm: int, page: int) -> list[str]:
    """The postback controls a list page renders enabled (what its event validation allows)."""
    last = page_count(madm)
    if last == 1:
        return []
    targets = [PAGER.format(k) for k in range(1, last + 1) if k != page]
    if page > 1:
        targets += [LNK_FIRST, LNK_PREV]
    if page < last:
        targets += [LNK_NEXT, LNK_LAST]
    return targets


def list_panel(madm: int, page: int) -> str:
    """The inside of the UpdatePanel: one list page and its pager."""
    stories = in_category(madm)
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    rows = []
    for s in chunk:
        href = f"ChiTietTin.aspx?MaTin={s.id}&MaDM={madm}"
        sapo = f'<br /><span class="tomtat">{esc(s.summary)}</span>' if s.summary else ""
        rows.append(
            f'<tr><td width="130" valign="top"><a href="{href}"><img src="{_thumb(s)}" '
            'width="120" height="80" border="0" style="border:1px solid #ccc" /></a></td>\n'
            f'<td valign="top"><a class="tieudetin" href="{href}" style="font-weight:bold;'
            f'color:#1d4f0c">{_title(s)}</a> <span class="ngay">({_day(s)})</span>{sapo}</td></tr>\n'
            '<tr><td colspan="2" style="border-bottom:1px dotted #ccc;height:4px"></td></tr>'
        )
    if not rows:
        rows.append('<tr><td style="padding:10px">Chưa có tin trong mục này.</td></tr>')
    out = [
        '<table width="100%" cellpadding="3" cellspacing="0" class="dstin">',
        *rows,
        "</table>",
    ]
    last = page_count(madm)
    if last > 1:
        allowed = set(pager_targets(madm, page))
        links = [
            _pager_link(LNK_FIRST, "Trang đầu", LNK_FIRST in allowed),
            _pager_link(LNK_PREV, "Trang trước", LNK_PREV in allowed),
        ]
        for k in range(1, last + 1):
            control = PAGER.format(k)
            links.append(_pager_link(control, str(k), control in allowed, current=k == page))
        links += [
            _pager_link(LNK_NEXT, "Trang sau", LNK_NEXT in allowed),
            _pager_link(LNK_LAST, "Trang cuối", LNK_LAST in allowed),
        ]
        out.append(
            '<div class="pager" style="text-align:right;padding:6px">'
            f'<span style="float:left">Trang {page}/{last}</span>'
            + "&nbsp;\n".join(links)
            + "</div>"
        )
    return "\n".join(out)


def list_center(madm: int, page: int) -> str:
    name = CATEGORIES.get(madm, "")
    crumb = (
        '<div class="duongdan" style="padding:5px;border-bottom:1px dotted #999">'
        f'<a href="Default.aspx">Trang chủ</a> &gt; <a href="DanhMuc.aspx?MaDM={madm}">'
        f"{esc(name)}</a></div>"
    )
    return (
        crumb
        + f'\n<div id="{UPDATE_PANEL}">\n'
        + list_panel(madm, page)
        + "\n</div>\n"
        + '<div id="ctl00_ContentPlaceHolder1_upProgress" style="display:none;">'
        '<img src="images/loading.gif" alt="" /> Đang tải dữ liệu...</div>'
    )


def _meta_line(story: Story) -> str:
    parts = [
        f'<span id="ctl00_ContentPlaceHolder1_lblNgayDang">Ngày đăng: {story.opts["date"]}</span>'
    ]
    if story.opts.get("meta"):
        parts.append(
            f'<span id="ctl00_ContentPlaceHolder1_lblTacGia">{esc(story.opts["meta"])}</span>'
        )
    parts.append(
        f'Lượt xem: <span id="ctl00_ContentPlaceHolder1_lblLuotXem">{story.views()}</span>'
    )
    return " | ".join(parts)


def article_center(story: Story, madm_param: str | None) -> str:
    """The article's centre column; ``madm_param`` is the MaDM of the address as given."""
    cat = int(story.cat)
    sapo = esc(story.summary) if story.summary else ""
    if story.summary and story.opts.get("nfd"):
        sapo = text(story.summary, nfd=True)
    files = [a for a in story.opts.get("files", []) if not a.inside]
    file_row = ""
    if files:
        links = ", ".join(
            f'<a href="{esc(a.href)}" target="_blank">{esc(a.name)}</a>' for a in files
        )
        file_row = (
            '<tr><td style="padding:5px"><img src="images/attach.gif" alt="" /> '
            f'<b>File đính kèm:</b> <span id="ctl00_ContentPlaceHolder1_lblFile">{links}</span>'
            "</td></tr>"
        )
    others = [s for s in newest() if s.id != story.id][:OTHERS_COUNT]
    tail = "" if madm_param is None else madm_param
    other_rows = "\n".join(
        f'<li><a href="ChiTietTin.aspx?MaTin={s.id}&amp;MaDM={esc(tail)}" class="tinkhac">'
        f'{_title(s)}</a> <span class="ngay">({_day(s)})</span></li>'
        for s in others
    )
    return f"""<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="duongdan" style="padding:5px;border-bottom:1px dotted #999"><a href="Default.aspx">Trang chủ</a> &gt; <a href="DanhMuc.aspx?MaDM={cat}">{esc(CATEGORIES[cat])}</a></td></tr>
<tr><td style="padding:10px 5px 2px 5px"><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude" style="font:bold 16px Arial;color:#0b4a8b">{_title(story)}</span></td></tr>
<tr><td style="padding:2px 5px 6px 5px;color:#777;font-size:11px">{_meta_line(story)}</td></tr>
<tr><td style="padding:5px;text-align:justify"><span id="ctl00_ContentPlaceHolder1_lblTomTat" style="font-weight:bold">{sapo}</span></td></tr>
<tr><td style="padding:5px;text-align:justify"><span id="ctl00_ContentPlaceHolder1_lblNoiDung">{render_body(story)}</span></td></tr>
{file_row}
<tr><td align="right" style="padding:8px 5px;border-top:1px solid #ddd;font-size:11px"><a href="Print.aspx?MaTin={story.id}" target="_blank"><img src="images/print.gif" border="0" alt="" /> In bài</a> | <a href="javascript:void(0)" onclick="window.open('GuiBai.aspx?MaTin={story.id}','GuiBai','width=520,height=420,scrollbars=no');"><img src="images/email.gif" border="0" alt="" /> Gửi bài</a> | <a href="#top"><img src="images/top.gif" border="0" alt="" /> Về đầu trang</a></td></tr>
<tr><td class="box-title" style="padding:6px 5px;font-weight:bold;color:#c00;border-bottom:2px solid #4d7f1c">Các tin khác</td></tr>
<tr><td style="padding:5px"><ul class="tinkhac" style="margin:0;padding-left:18px">
{other_rows}
</ul></td></tr>
</table>"""


def missing_article_center() -> str:
    return (
        '<table width="100%"><tr><td style="padding:20px;color:#c00">Bài viết không tồn tại hoặc '
        'đã bị xóa. <a href="Default.aspx">Quay lại trang chủ</a></td></tr></table>'
    )


def print_page(story: Story) -> str:
    """``Print.aspx``: the same text without the site around it."""
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary else ""
    if story.summary and story.opts.get("nfd"):
        sapo = f"<p><b>{text(story.summary, nfd=True)}</b></p>"
    return f"""<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>In bài viết</title>
<style type="text/css">body{{font-family:'Times New Roman';font-size:13pt}} .tieude{{font-size:16pt;font-weight:bold}}</style>
</head>
<body onload="window.print();">
<table width="700" align="center" cellpadding="4">
<tr><td style="border-bottom:1px solid #000"><b>TRƯỜNG THCS NGUYỄN HUỆ</b> - Website: thcsnguyenhue-hailang.edu.vn</td></tr>
<tr><td><span class="tieude">{_title(story)}</span></td></tr>
<tr><td><i>Ngày đăng: {story.opts["date"]}</i></td></tr>
<tr><td>{sapo}{render_body(story)}</td></tr>
<tr><td align="center"><a href="javascript:window.close();">[Đóng cửa sổ]</a></td></tr>
</table>
</body>
</html>"""


# --- the other pages -----------------------------------------------------------------------


def _static_center(crumb: str, heading: str, inner: str) -> str:
    return (
        '<div class="duongdan" style="padding:5px;border-bottom:1px dotted #999">'
        f'<a href="Default.aspx">Trang chủ</a> &gt; {esc(crumb)}</div>\n'
        f'<div style="padding:10px 5px"><span class="tieude" style="font:bold 16px Arial;'
        f'color:#0b4a8b">{esc(heading)}</span></div>\n'
        f'<div style="padding:5px;text-align:justify">{inner}</div>'
    )


def gioithieu_center() -> str:
    paras = [
        "Trường THCS Nguyễn Huệ được thành lập năm 1976 trên cơ sở tách ra từ Trường cấp II - III "
        "Hải Lăng. Trải qua gần 50 năm xây dựng và trưởng thành, nhà trường luôn là một trong những "
        "đơn vị dẫn đầu phong trào thi đua của ngành giáo dục địa phương.",
        "Năm học 2026-2027, trường có 16 lớp với 642 học sinh; tổng số cán bộ, giáo viên, nhân viên "
        "là 41 người, trong đó 100% giáo viên đạt chuẩn trình độ đào tạo, 28 giáo viên có trình độ "
        "đại học trở lên.",
        "Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2015 và đạt kiểm định chất lượng giáo "
        "dục cấp độ 2 năm 2022. Nhiều năm liền nhà trường được UBND tỉnh tặng Bằng khen, tập thể "
        "Lao động tiên tiến và Lao động xuất sắc.",
        "Phương châm của nhà trường: “Dạy tốt - Học tốt - Rèn luyện tốt”, xây dựng môi trường giáo "
        "dục an toàn, thân thiện, mỗi ngày đến trường là một ngày vui.",
    ]
    inner = "\n".join(
        f'<p class="MsoNormal" style="text-align:justify;text-indent:.5in">{_sp(esc(p))}</p>'
        for p in paras
    )
    inner += '\n<p align="center"><img src="/Upload/Images/gioithieu/toan-canh-truong.jpg" width="500" height="300" alt="" /></p>'
    return _static_center("Giới thiệu", "Giới thiệu chung về nhà trường", inner)


STAFF = [
    ("Lê Quang Vinh", "Hiệu trưởng", "Bí thư Chi bộ"),
    ("Nguyễn Thị Thu Hương", "Phó Hiệu trưởng", "Phó Bí thư Chi bộ"),
    ("Trần Văn Phúc", "Tổ trưởng Tổ Toán - Tin", "Chủ tịch Công đoàn"),
    ("Đặng Thị Kim Oanh", "Tổ trưởng Tổ Ngữ văn", ""),
    ("Hồ Văn Thành", "Tổ trưởng Tổ Khoa học Tự nhiên", ""),
    ("Phan Thị Thu Hà", "Tổ trưởng Tổ Khoa học Xã hội", ""),
    ("Lê Thị Mai", "Tổng phụ trách Đội", "Bí thư Chi đoàn"),
    ("Nguyễn Thị Hằng", "Tổ trưởng Tổ Văn phòng", ""),
]


def cocau_center() -> str:
    rows = "\n".join(
        f'<tr><td align="center">{i}</td><td>{esc(name)}</td><td>{esc(job)}</td>'
        f"<td>{esc(other)}</td></tr>"
        for i, (name, job, other) in enumerate(STAFF, 1)
    )
    inner = (
        '<table width="100%" border="1" cellpadding="4" cellspacing="0" '
        'style="border-collapse:collapse">\n'
        '<tr style="background:#dfe9cc;font-weight:bold"><td>TT</td><td>Họ và tên</td>'
        f"<td>Chức vụ</td><td>Kiêm nhiệm</td></tr>\n{rows}\n</table>"
    )
    return _static_center("Cơ cấu tổ chức", "Cơ cấu tổ chức nhà trường", inner)


def album_center() -> str:
    cells = []
    for k in range(1, 9):
        cells.append(
            f'<td align="center" style="padding:4px"><a href="/Upload/Album/2/anh_{k:02d}.jpg" '
            f'rel="lightbox[album]" title="Ảnh {k}"><img src="/Upload/Album/2/thumb_{k:02d}.jpg" '
            'width="160" height="110" border="0" style="border:1px solid #ccc" /></a></td>'
        )
    rows = "\n".join("<tr>" + "".join(cells[i : i + 3]) + "</tr>" for i in range(0, 8, 3))
    inner = (
        '<div style="padding-bottom:6px;color:#777">Số ảnh: 8 | Lượt xem: 1.027</div>\n'
        f'<table width="100%">{rows}</table>'
    )
    return _static_center("Album ảnh", "Lễ khai giảng năm học 2026-2027", inner)


def lienhe_center(sent: bool = False) -> str:
    message = (
        '<div style="color:#1d4f0c;font-weight:bold">Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ '
        "phản hồi trong thời gian sớm nhất.</div>"
        if sent
        else ""
    )
    inner = f"""<p><b>TRƯỜNG THCS NGUYỄN HUỆ</b></p>
<p>Địa chỉ: Thôn Mỹ Chánh, xã Hải Lăng, tỉnh Quảng Trị</p>
<p>Điện thoại: (0233) 3876 215 - Email: thcsnguyenhue.hailang@quangtri.edu.vn</p>
{message}
<table cellpadding="3">
<tr><td>Họ tên:</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" id="ctl00_ContentPlaceHolder1_txtHoTen" style="width:300px;" /></td></tr>
<tr><td>Email:</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="ctl00_ContentPlaceHolder1_txtEmail" style="width:300px;" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="6" cols="40" id="ctl00_ContentPlaceHolder1_txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi liên hệ" id="ctl00_ContentPlaceHolder1_btnGui" /></td></tr>
</table>"""
    return _static_center("Liên hệ", "Thông tin liên hệ", inner)


def login_center(failed: bool = False) -> str:
    message = (
        '<tr><td colspan="2" style="color:red">Tên đăng nhập hoặc mật khẩu không đúng!</td></tr>'
        if failed
        else ""
    )
    return f"""<table align="center" width="320" cellpadding="4" style="margin:30px auto;border:1px solid #9cb86b">
<tr><td colspan="2" class="box-title" style="background:#4d7f1c;color:#fff;font-weight:bold">ĐĂNG NHẬP QUẢN TRỊ</td></tr>
{message}
<tr><td>Tên đăng nhập:</td><td><input name="ctl00$ContentPlaceHolder1$txtUser" type="text" id="ctl00_ContentPlaceHolder1_txtUser" /></td></tr>
<tr><td>Mật khẩu:</td><td><input name="ctl00$ContentPlaceHolder1$txtPass" type="password" id="ctl00_ContentPlaceHolder1_txtPass" /></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnDangNhap" value="Đăng nhập" id="ctl00_ContentPlaceHolder1_btnDangNhap" /></td></tr>
</table>"""


def guibai_page(story: Story, state: FormState, action: str) -> str:
    """The "Gửi bài" popup: a bare form, no master page."""
    return f"""<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Gửi bài viết cho bạn bè</title></head>
<body style="font:12px Arial">
<form name="form1" method="post" action="{esc(action)}" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state.viewstate}" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{state.generator}" />
<table width="480" cellpadding="4">
<tr><td colspan="2"><b>Gửi bài viết:</b> {_title(story)}</td></tr>
<tr><td>Email người nhận:</td><td><input name="txtEmailNhan" type="text" style="width:280px" /></td></tr>
<tr><td>Họ tên người gửi:</td><td><input name="txtNguoiGui" type="text" style="width:280px" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="txtLoiNhan" rows="4" cols="34"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="btnGui" value="Gửi" /> <input type="button" value="Đóng" onclick="window.close();" /></td></tr>
</table>
</form>
</body>
</html>"""


# --- ASP.NET's own answers -----------------------------------------------------------------

MAC_FAILED = (
    "Validation of viewstate MAC failed. If this application is hosted by a Web Farm or cluster, "
    "ensure that &lt;machineKey&gt; configuration specifies the same validationKey and validation "
    "algorithm. AutoGenerate cannot be used in a cluster."
)
INVALID_POSTBACK = (
    "Invalid postback or callback argument.  Event validation is enabled using &lt;pages "
    "enableEventValidation=&quot;true&quot;/&gt; in configuration or &lt;%@ Page "
    "EnableEventValidation=&quot;true&quot; %&gt; in a page.  For security purposes, this feature "
    "verifies that arguments to postback or callback events originate from the server control that "
    "originally rendered them."
)
FORMAT_ERROR = "Input string was not in a correct format."

_STACKS = {
    MAC_FAILED: (
        "[ViewStateException: Invalid viewstate. \n\tClient IP: 127.0.0.1\n\tPort: 52114\n"
        "\tReferer: \n\tPath: /DanhMuc.aspx\n\tUser-Agent: \n\tViewState: …]\n\n"
        "[HttpException (0x80004005): " + MAC_FAILED + "]\n"
        "   System.Web.UI.ViewStateException.ThrowError(Exception inner, String persistedState, "
        "String errorPageMessage, Boolean macValidationError) +190\n"
        "   System.Web.UI.ObjectStateFormatter.Deserialize(String inputString, Purpose purpose) +142\n"
        "   System.Web.UI.HiddenFieldPageStatePersister.Load() +226\n"
        "   System.Web.UI.Page.LoadPageStateFromPersistenceMedium() +106\n"
        "   System.Web.UI.Page.ProcessRequestMain(Boolean includeStagesBeforeAsyncPoint, Boolean "
        "includeStagesAfterAsyncPoint) +1021"
    ),
    INVALID_POSTBACK: (
        "[ArgumentException: " + INVALID_POSTBACK + "]\n"
        "   System.Web.UI.ClientScriptManager.ValidateEvent(String uniqueId, String argument) +9747437\n"
        "   System.Web.UI.Control.ValidateEvent(String uniqueID, String eventArgument) +108\n"
        "   System.Web.UI.WebControls.LinkButton.RaisePostBackEvent(String eventArgument) +35\n"
        "   System.Web.UI.Page.ProcessRequestMain(Boolean includeStagesBeforeAsyncPoint, Boolean "
        "includeStagesAfterAsyncPoint) +1639"
    ),
    FORMAT_ERROR: (
        "[FormatException: " + FORMAT_ERROR + "]\n"
        "   System.Number.StringToNumber(String str, NumberStyles options, NumberBuffer&amp; number, "
        "NumberFormatInfo info, Boolean parseDecimal) +14278344\n"
        "   System.Int32.Parse(String s) +23\n"
        "   DongDuong.School.Web.BasePage.GetInt32(String key) +41\n"
        "   DongDuong.School.Web.BasePage.OnLoad(EventArgs e) +88"
    ),
}
_EXCEPTION_TYPES = {
    MAC_FAILED: "System.Web.HttpException",
    INVALID_POSTBACK: "System.ArgumentException",
    FORMAT_ERROR: "System.FormatException",
}


def yellow_screen(message: str) -> Response:
    """ASP.NET's "Server Error in '/' Application." page (custom errors off, as on this host)."""
    body = f"""<!DOCTYPE html>
<html>
    <head>
        <title>{message}</title>
        <meta name="viewport" content="width=device-width" />
        <style>
         body {{font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}}
         p {{font-family:"Verdana";font-weight:normal;color:black;margin-top: -5px}}
         b {{font-family:"Verdana";font-weight:bold;color:black;margin-top: -5px}}
         H1 {{ font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }}
         H2 {{ font-family:"Verdana";font-weight:normal;font-size:14pt;color:maroon }}
         pre {{font-family:"Consolas","Lucida Console",Monospace;font-size:11pt;margin:0;padding:0.5em;line-height:14pt}}
        </style>
    </head>

    <body bgcolor="white">

            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>

            <h2> <i>{message}</i> </h2></span>

            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">

            <b> Description: </b>An unhandled exception occurred during the execution of the current web request. Please review the stack trace for more information about the error and where it originated in the code.

            <br><br>

            <b> Exception Details: </b>{_EXCEPTION_TYPES[message]}: {message}<br><br>

            <b>Source Error:</b> <br><br>

            <table width=100% bgcolor="#ffffcc">
               <tr>
                  <td>
                      <code>

An unhandled exception was generated during the execution of the current web request. Information regarding the origin and location of the exception can be identified using the exception stack trace below.</code>

                  </td>
               </tr>
            </table>

            <br>

            <b>Stack Trace:</b> <br><br>

            <table width=100% bgcolor="#ffffcc">
               <tr>
                  <td>
                      <code><pre>

{_STACKS[message]}
</pre></code>

                  </td>
               </tr>
            </table>

            <br>

            <hr width=100% size=1 color=silver>

            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4770.0

            </font>

    </body>
</html>
"""
    return html(
        body, status=500, headers={"X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"}
    )


def delta(entries: list[tuple[str, str, str]]) -> str:
    """The MS AJAX partial-rendering answer: ``length|type|id|content|`` for each entry."""
    out = ["1|#||4|"]
    for kind, ident, content in entries:
        out.append(f"{len(content)}|{kind}|{ident}|{content}|")
    return "".join(out)


# --- the site ------------------------------------------------------------------------------

_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24 + "Danh sách học sinh".encode("utf-16-le")
_JS = b"/* Microsoft AJAX Library: Sys.WebForms.PageRequestManager */"


def _is_ajax(request: Request) -> bool:
    headers = {k.lower(): v for k, v in request.headers.items()}
    return "delta=true" in headers.get("x-microsoftajax", "").lower()


def _action(request: Request) -> str:
    """What ASP.NET 4 prints as the form's action: the requested file and query, as given."""
    name = request.path.rsplit("/", 1)[-1] or "Default.aspx"
    return name + (f"?{request.query}" if request.query else "")


def _form_state(key: str, generator: str, validation: bool = True) -> FormState:
    return FormState(
        viewstate=opaque(f"vs|{key}", 180, _VS_PREFIX),
        generator=generator,
        validation=opaque(f"ev|{key}", 96, _EV_PREFIX) if validation else None,
    )


def list_state(madm: int, page: int) -> FormState:
    """The hidden fields of list page ``page`` of category ``madm`` (the state holds the page)."""
    return FormState(
        viewstate=opaque(f"vs|DanhMuc|MaDM={madm}|CurrentPage={page}", 1020, _VS_PREFIX),
        generator=GENERATORS["danhmuc.aspx"],
        validation=opaque(
            f"ev|DanhMuc|{madm}|{page}|{','.join(pager_targets(madm, page))}", 120, _EV_PREFIX
        ),
    )


def _move(madm: int, page: int, target: str) -> int:
    """Where a pager control leads from ``page``."""
    if target == LNK_FIRST:
        return 1
    if target == LNK_PREV:
        return page - 1
    if target == LNK_NEXT:
        return page + 1
    if target == LNK_LAST:
        return page_count(madm)
    return int(re.search(r"\$ctl(\d+)\$", target).group(1))


class Site:
    """The school's site: routes as IIS and the product do (paths and parameter names in any case)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path in ("/", "/default.aspx"):
            return self._page(request, "default", home_center())
        if path == "/danhmuc.aspx":
            return self._list(request, params)
        if path == "/chitiettin.aspx":
            return self._article(request, params)
        if path == "/print.aspx":
            story = self._story(params)
            if isinstance(story, Response):
                return story
            if story is None:
                return html("<html><body>Không tìm thấy bài viết.</body></html>")
            return html(print_page(story))
        if path == "/guibai.aspx":
            story = self._story(params)
            if not isinstance(story, Story):
                return story
            state = _form_state(f"guibai|{story.id}", GENERATORS["guibai.aspx"], validation=False)
            return html(guibai_page(story, state, _action(request)))
        if path == "/gioithieu.aspx":
            return self._page(request, "gioithieu", gioithieu_center())
        if path == "/cocautochuc.aspx":
            return self._page(request, "cocautochuc", cocau_center())
        if path == "/albumanh.aspx":
            if params.get("maalbum") != "2":
                return None
            return self._page(request, "albumanh", album_center(), key="albumanh|2")
        if path == "/lienhe.aspx":
            sent = (
                "ctl00$ContentPlaceHolder1$btnGui" in request.form
                if request.method == "POST"
                else False
            )
            return self._page(request, "lienhe", lienhe_center(sent))
        if path == "/login.aspx":
            failed = (
                request.method == "POST" and "ctl00$ContentPlaceHolder1$btnDangNhap" in request.form
            )
            return self._page(request, "login", login_center(failed))
        if path.startswith("/upload/files/"):
            return self._file(path)
        if path == "/robots.txt":
            return Response(
                200, b"User-agent: *\nDisallow: /Admin/\n", {"Content-Type": "text/plain"}
            )
        if path in ("/webresource.axd", "/scriptresource.axd"):
            return Response(200, _JS, {"Content-Type": "application/x-javascript"})
        return static_file(request.path)

    # -- pages on the master page --

    def _page(self, request: Request, name: str, center: str, key: str | None = None) -> Response:
        state = _form_state(key or name, GENERATORS[f"{name}.aspx"])
        if request.method == "POST":
            error = self._check_post(request, state)
            if error is not None:
                return error
        return html(
            layout(center, _action(request), state), headers={"X-AspNet-Version": "4.0.30319"}
        )

    def _check_post(
        self, request: Request, state: FormState, targets: tuple[str, ...] = ()
    ) -> Response | None:
        """ASP.NET's checks of a postback to a page without postback links of its own."""
        form = request.form
        viewstate = form.get("__VIEWSTATE", "")
        target = form.get("__EVENTTARGET", "")
        if viewstate and viewstate != state.viewstate:
            return self._error(request, MAC_FAILED)
        if target and target not in targets:
            return self._error(request, INVALID_POSTBACK)
        return None

    def _error(self, request: Request, message: str) -> Response:
        if _is_ajax(request):
            plain = _html.unescape(message)
            return Response(
                200,
                f"{len(plain)}|error|500|{plain}|",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        return yellow_screen(message)

    def _story(self, params: dict[str, str]) -> Story | Response | None:
        raw = params.get("matin", "")
        try:
            number = int(raw)
        except ValueError:
            return yellow_screen(FORMAT_ERROR)
        return BY_ID.get(number)

    def _article(self, request: Request, params: dict[str, str]) -> Response:
        story = self._story(params)
        if isinstance(story, Response):
            return story
        key = f"chitiettin|{story.id if story else 0}"
        state = _form_state(key, GENERATORS["chitiettin.aspx"])
        if request.method == "POST":
            error = self._check_post(request, state)
            if error is not None:
                return error
        center = article_center(story, params.get("madm")) if story else missing_article_center()
        return html(
            layout(center, _action(request), state), headers={"X-AspNet-Version": "4.0.30319"}
        )

    # -- the category list and its postback pager --

    def _list(self, request: Request, params: dict[str, str]) -> Response:
        try:
            madm = int(params.get("madm") or "0")
        except ValueError:
            return yellow_screen(FORMAT_ERROR)
        page = 1
        if request.method == "POST":
            form = request.form
            viewstate = form.get("__VIEWSTATE", "")
            target = form.get("__EVENTTARGET", "")
            if viewstate:
                issued = {list_state(madm, k).viewstate: k for k in range(1, page_count(madm) + 1)}
                if viewstate not in issued:
                    return self._error(request, MAC_FAILED)
                page = issued[viewstate]
                validation = form.get("__EVENTVALIDATION", "")
                if not validation and target:
                    return self._error(request, INVALID_POSTBACK)
                if validation and validation != list_state(madm, page).validation:
                    return self._error(request, MAC_FAILED)
                if target:
                    if target not in pager_targets(madm, page):
                        return self._error(request, INVALID_POSTBACK)
                    page = _move(madm, page, target)
            elif target:
                return self._error(request, INVALID_POSTBACK)
        state = list_state(madm, page)
        action = _action(request)
        if request.method == "POST" and _is_ajax(request):
            body = delta(
                [
                    ("updatePanel", UPDATE_PANEL, "\r\n" + list_panel(madm, page) + "\r\n"),
                    ("hiddenField", "__EVENTTARGET", ""),
                    ("hiddenField", "__EVENTARGUMENT", ""),
                    ("hiddenField", "__VIEWSTATE", state.viewstate),
                    ("hiddenField", "__VIEWSTATEGENERATOR", state.generator),
                    ("hiddenField", "__EVENTVALIDATION", state.validation or ""),
                    ("asyncPostBackControlIDs", "", ""),
                    ("postBackControlIDs", "", ""),
                    ("updatePanelIDs", "", "tctl00$ContentPlaceHolder1$upList,"),
                    ("childUpdatePanelIDs", "", ""),
                    ("panelsToRefreshIDs", "", "ctl00$ContentPlaceHolder1$upList,"),
                    ("asyncPostBackTimeout", "", "90"),
                    ("formAction", "", action),
                    ("pageTitle", "", SITE_TITLE),
                ]
            )
            return Response(
                200,
                body,
                {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache"},
            )
        return html(
            layout(list_center(madm, page), action, state, panels=True),
            headers={"X-AspNet-Version": "4.0.30319"},
        )

    # -- documents --

    def _file(self, path: str) -> Response | None:
        if path not in FILES:
            return None
        if path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return Response(200, _DOC, {"Content-Type": "application/msword"})


def build_site() -> Site:
    return Site()
