"""Fixture portal: Trường Chính trị tỉnh Hà Tĩnh on a vendor's 2015-era e-government portal.

Imitates the "Cổng thông tin điện tử" product several Vietnamese vendors sold to provincial
agencies around 2015 (this one in the style of Lạc Việt's eGov portal): ASP.NET WebForms 4 on
IIS, a SQL Server back end, every page one ``<form id="aspnetForm">`` with ``__VIEWSTATE`` /
``__EVENTVALIDATION``, skins written with Vietnamese abbreviations (``div.duong-dan``,
``div.tieude-chitiet``, ``div.ngay-dang``, ``div.tomtat``, ``div.noidung``, ``div.phantrang``),
friendly addresses produced by a URL-rewrite module next to the product's internal ones. What it
serves:

- the home page ``/Default.aspx`` (``/`` answers 302 to it): a "Tin nổi bật" slider and one block
  per category, all linking articles by the *internal* address
  ``/Portal/Detail.aspx?Organization=TCT&MenuID=<cat>&ContentID=<id>``; "Thư viện ảnh",
  "Văn bản mới";
- category pages ``/tin-tuc/c<id>/<slug>.aspx`` (the slug is decoration: the rewrite rule reads
  only the id), five entries a page, each with thumbnail, title, "(dd/mm/yyyy)" and a lead, linking
  articles by their friendly address ``/<section>/t<id>/<slug>.aspx``. "Tin tức" (c11, the parent
  of c12 and c13, 11 entries, 3 pages) pages with plain GET links ``?Page=N``; "Tin hoạt động" (c12,
  7 entries, 2 pages) pages with a Repeater of LinkButtons ("Nghiên cứu - Trao đổi", c21, uses the
  same control, "Đào tạo - Bồi dưỡng", c13, the GET one; both fit on one page): ``javascript:__doPostBack('ctl00$ContentPlaceHolder1$ucListNews
  $rptPager$ctl01$lnkPage','')`` (and ``$lnkNext``/``$lnkPrev``). Only a form POST carrying the
  page's ``__VIEWSTATE`` and ``__EVENTVALIDATION`` reaches page 2 there: without a view state the
  POST is no postback (page 1), with an unknown view state or validation value ASP.NET answers
  500 ("Validation of viewstate MAC failed" / "Invalid postback or callback argument");
- article pages (the skin described below), the same page under the internal ``Detail.aspx``
  address (no ``rel=canonical`` anywhere: the product has none), a print view
  ``/Portal/Print.aspx?ContentID=<id>`` (the text again, ``onload="window.print()"``);
- "Giới thiệu": one-item categories ``/gioi-thieu/c1|c2|c3/<slug>.aspx`` that show their single
  item as a standing page in the article skin (headline and text, no date, no "Các tin khác");
- ``/lien-he.aspx`` (contact form), ``/dang-nhap.aspx``, ``/tim-kiem.aspx?tukhoa=`` (the tag links),
  ``/van-ban.aspx`` (document register, ``?Page=N``), document pages ``/van-ban/v<id>/<slug>.aspx``
  (register fields and a PDF under ``/Uploads/TCT/VanBan/``), ``/thu-vien-anh.aspx`` and albums
  ``/thu-vien-anh/a<id>/<slug>.aspx``, the week schedule ``/lich-cong-tac.aspx?tuan=48&nam=2026``.

The article skin: ``div#wrapper > div.header`` (banner image, today's date ``TODAY``, a search box
posting back), ``div.menu-top`` (ul with dropdowns), ``div.main > div.left`` (70%) and
``div.right`` (30%). In the left column ``div.duong-dan`` ("Trang chủ > Tin tức > Tin hoạt
động"), ``div.chitiet-tin`` holding ``div.tieude-chitiet`` (the headline: a div, no heading tag
anywhere on the page), ``div.ngay-dang`` ("Cập nhật: 20/11/2026 09:45" and "Lượt xem"),
``div.tomtat`` (the lead, bold; some start with the dateline "(TCT) - "; one is empty),
``div.noidung`` (Word-pasted HTML: ``p.MsoNormal`` with justify/indent styles, ``span lang="VI"``
in 14pt Times New Roman, hard line breaks inside sentences, ``<o:p>&nbsp;</o:p>`` spacer
paragraphs, images in centred tables with a caption row or none, one image line under a
``<p align="center">``, "Tài liệu tham khảo:" lists in the essays) ending with the author lines
(``<p align="right"><b>ThS. Nguyễn Thị Hằng</b></p><p align="right"><i>Khoa Lý luận cơ sở</i></p>``
and the other byline forms below); then tags ("Từ khóa:"), tools ("In bài viết", "Gửi email",
Facebook share, font size), "Các tin khác" (8 links, internal addresses, "(dd/mm/yyyy)"), "Ý kiến
bạn đọc" (one published comment on an essay, then the form). Right column: "Thông báo" marquee
(links to document pages), "Lịch công tác tuần" banner, "Tin mới" with dates, "Văn bản mới", a
poll posting back, a "Liên kết website" select, "Thống kê truy cập" ("Đang online", "Tổng số").
Footer: copyright, address, telephone, hotline, person in charge, vendor credit.

Traps and hard cases:
- every article has two addresses (friendly and ``Detail.aspx``: alt_paths), no canonical;
  article 4502 is also linked from the text of 4521 under its *old* slug (the title was edited
  after publishing; the rewrite still serves it): a third address, in alt_paths;
- print views repeat every article (non-articles);
- top-menu links carry a cookieless-session-like ``?s=<24 chars>`` (one fixed value per menu
  item); the listing answers the same under it and keeps it in its GET pager links;
- the GET pager prints "Trang sau" whenever the current page has entries, so the last page links
  one page past the end: ``?Page=4`` of "Tin tức" answers 200 with "Không có dữ liệu" (no further
  "Trang sau"); the document register does the same;
- the postback pager (see above);
- the week schedule's "Tuần sau »"/"« Tuần trước" links never end (any week 1900-2999 answers 200,
  only week 48/2026 has entries);
- a stale link in the text of 4517 to a deleted article (``Detail.aspx?…ContentID=4380``) answers
  200 with "Tin bài không tồn tại hoặc đã bị xóa." (a soft 404);
- the "Giới thiệu" pages look like articles (headline + text in the article skin) but are standing
  pages: no date, no "Các tin khác", under the "Giới thiệu" menu;
- text forms: article 4519 is served decomposed (NFD), article 4517 writes its text with named and
  numeric character references mixed with raw UTF-8; all pages are UTF-8 and say so.

Gold judgement calls (by hand):
- published_at is the "Cập nhật: dd/mm/yyyy HH:MM" line, the only date the article page prints
  (the product labels its posting time so; nothing else dates the page): with its time, except
  4488 whose line reads "00:00" (a day). The header's date is today, never a publication date.
- title: the ``div.tieude-chitiet`` text (the ``<title>`` adds " - <site>").
- summary: the ``div.tomtat`` lead, as printed, *with* its "(TCT) - " dateline (it is the lead's
  own text, not a label); it is also the body's first paragraph. 4512's ``div.tomtat`` is empty and
  its first paragraph of text is wholly bold: that paragraph is the summary and stays the body's
  first paragraph.
- body: the paragraphs of ``div.noidung`` in order, sub-headings and the essays' "Tài liệu tham
  khảo:" line and references included (they are the essay's own text); spacer paragraphs,
  captions, byline/unit/source lines, tags, tools, "Các tin khác" and reader comments excluded.
- authors: names as printed without degrees (ThS., TS.) and without the unit printed on the next
  line (4515, 4502) or after a dash (4498); "Tin: Khoa Xây dựng Đảng" (4506) credits the
  faculty; "Bài, ảnh: Minh Tuấn, Thu Hà" gives both names as authors and photographers; "BBT"
  (4488) credits nobody; 4499 and 4509 are unsigned. "Nguồn: Báo Hà Tĩnh" (4493, under the bare
  name "Thanh Hải") is the source and keeps the author; "(Theo Cổng Thông tin điện tử tỉnh Hà
  Tĩnh)" (4495) is a source with no author.
- captions: the caption row of an image table; "(…)" without the parentheses; a leading "Ảnh: "
  label dropped ("Ảnh: Học viên tham quan …" is a label before a sentence, not a photographer);
  images whose table has no caption row get None. 4499 has an image pasted with the old domain's
  absolute address: its gold is that absolute URL.
- category: the last breadcrumb item ("Tin hoạt động", "Đào tạo - Bồi dưỡng", "Nghiên cứu - Trao
  đổi"), not the parent "Tin tức" of the aggregate listing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
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

NAME = "lacviet_egov_tct"
PLATFORM = "aspnet-webforms-egov"
START_PATH = "/Default.aspx"

SITE = "Trường Chính trị tỉnh Hà Tĩnh"
ORG = "TCT"
UP = "/Uploads/TCT"
SKIN = "/Portal/Skins/TCT_HaTinh"
OLD_HOST = "http://truongchinhtri.hatinh.gov.vn"
PER_PAGE = 5
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
TODAY_DATE = date(2026, 11, 25)
WEEK, YEAR = 48, 2026


@dataclass(frozen=True)
class Cat:
    id: int
    section: str  # first path segment of the friendly address
    slug: str
    name: str
    parent: int | None
    postback: bool  # pager of LinkButtons (True) or GET ?Page=N links


CATS: dict[int, Cat] = {
    11: Cat(11, "tin-tuc", "tin-tuc", "Tin tức", None, False),
    12: Cat(12, "tin-tuc", "tin-hoat-dong", "Tin hoạt động", 11, True),
    13: Cat(13, "tin-tuc", "dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", 11, False),
    21: Cat(21, "nghien-cuu-trao-doi", "nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", None, True),
}


def cat_path(c: Cat) -> str:
    return f"/{c.section}/c{c.id}/{c.slug}.aspx"


def _img(name: str) -> str:
    return f"{UP}/Images/2026/{name}"


OLD_SLUG_4502 = "/tin-tuc/t4502/boi-duong-cong-tac-mat-tran-cho-can-bo-co-so.aspx"
DELETED = f"/Portal/Detail.aspx?Organization={ORG}&MenuID=12&ContentID=4380"

# Story.opts: when (datetime printed in "Cập nhật"), cat (Cat id), lead ("tomtat" printed outside
# the text | "" empty div), nfd, entities, tags, comment.
# P styles: "" (Word paragraph), "b" (wholly bold paragraph: sub-heading or hand-made lead),
# "ref" (reference list item, hanging indent), "a|href|phrase" (a link inside the paragraph).
# Img styles: "bang" (centred table, caption row), "bang1" (centred table without caption row),
# "giua" (image in a centred paragraph, italic line under it in its own centred paragraph).
STORIES: list[Story] = [
    Story(
        id=4521,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-45",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 45",
        cat="12",
        published_at="2026-11-24T15:30:00+07:00",
        summary=(
            "(TCT) - Chiều 24/11, Trường Chính trị tỉnh tổ chức khai giảng lớp Trung cấp lý luận"
            " chính trị hệ không tập trung khóa 45 cho 112 học viên là cán bộ, công chức các xã,"
            " phường khu vực phía Bắc tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy; lãnh đạo Trường Chính"
                " trị tỉnh, đại diện các khoa, phòng chuyên môn và toàn thể học viên của lớp."
            ),
            Img(
                _img("11/khai-giang-k45-1.jpg"),
                "Đồng chí Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học",
                "Đồng chí Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học",
                "bang",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng nhấn mạnh: chương trình Trung cấp lý luận"
                " chính trị trang bị cho học viên những kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư"
                " tưởng Hồ Chí Minh, đường lối của Đảng, chính sách, pháp luật của Nhà nước và kỹ năng"
                " lãnh đạo, quản lý ở cơ sở."
            ),
            P(
                "Lớp học được tổ chức theo hình thức không tập trung trong 18 tháng, học viên học vào"
                " các ngày thứ Bảy, Chủ nhật hằng tuần tại cơ sở 2 của Trường. Cùng thời gian này, nhà"
                " trường đang phối hợp mở lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở.",
                f"a|{OLD_SLUG_4502}|lớp bồi dưỡng nghiệp vụ công tác Mặt trận",
            ),
            Img(_img("11/khai-giang-k45-2.jpg"), None, None, "bang1"),
            P(
                "Nhà trường đề nghị học viên chấp hành nghiêm quy chế học tập, chủ động nghiên cứu tài"
                " liệu, liên hệ thực tiễn địa phương, đơn vị nơi công tác để vận dụng vào công việc"
                " sau khi tốt nghiệp."
            ),
            Raw('<p align="right"><b><span lang="VI">Tin, ảnh: Lê Thị Thu Trang</span></b></p>'),
        ],
        authors=["Lê Thị Thu Trang"],
        photographers=["Lê Thị Thu Trang"],
        opts={
            "when": datetime(2026, 11, 24, 15, 30),
            "lead": "tomtat",
            "tags": ["trung cấp lý luận chính trị", "khai giảng"],
        },
    ),
    Story(
        id=4519,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-khoa-12",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 khóa 12",
        cat="13",
        published_at="2026-11-23T08:15:00+07:00",
        summary=(
            "Sáng 23/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng"
            " lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 khóa 12 năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 10 ngày học tập, 96 học viên là trưởng thôn, tổ dân phố, chỉ huy trưởng quân sự"
                " và công an viên các xã, phường đã được truyền đạt 12 chuyên đề về đường lối quốc"
                " phòng, an ninh của Đảng, xây dựng nền quốc phòng toàn dân gắn với thế trận an ninh"
                " nhân dân."
            ),
            Img(
                _img("11/be-giang-qpan-k12.jpg"),
                "Trao giấy chứng nhận hoàn thành khóa học cho các học viên",
                "Trao giấy chứng nhận hoàn thành khóa học cho các học viên",
                "bang",
            ),
            P(
                "Kết quả học tập: 100% học viên đủ điều kiện được cấp giấy chứng nhận, trong đó 38 học"
                " viên đạt loại giỏi, 55 học viên đạt loại khá. Ban tổ chức đã khen thưởng 6 học viên"
                " có thành tích xuất sắc trong khóa học."
            ),
            P(
                "Phát biểu bế giảng, lãnh đạo nhà trường đề nghị học viên tích cực tuyên truyền, vận"
                " động Nhân dân thực hiện tốt nhiệm vụ quốc phòng, an ninh ở địa bàn dân cư."
            ),
            Raw('<p align="right"><b><span lang="VI">Bài, ảnh: Minh Tuấn, Thu Hà</span></b></p>'),
        ],
        authors=["Minh Tuấn", "Thu Hà"],
        photographers=["Minh Tuấn", "Thu Hà"],
        opts={
            "when": datetime(2026, 11, 23, 8, 15),
            "lead": "tomtat",
            "nfd": True,
            "tags": ["quốc phòng an ninh"],
        },
    ),
    Story(
        id=4517,
        slug="truong-chinh-tri-tinh-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="12",
        published_at="2026-11-20T09:45:00+07:00",
        summary=(
            "Sáng 20/11, Trường Chính trị tỉnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi lễ, đồng chí Phó Hiệu trưởng ôn lại truyền thống vẻ vang của ngành giáo dục"
                " và chặng đường hơn 75 năm xây dựng, phát triển của nhà trường. Năm học vừa qua,"
                " đội ngũ giảng viên đã hoàn thành tốt nhiệm vụ giảng dạy cho hơn 4.200 lượt học viên."
            ),
            Img(
                _img("11/ky-niem-20-11-1.jpg"),
                "(Quang cảnh Lễ kỷ niệm)",
                "Quang cảnh Lễ kỷ niệm",
                "giua",
            ),
            P(
                "Nhân dịp này, nhà trường trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 3 cán bộ,"
                " giảng viên và khen thưởng 12 giảng viên có thành tích xuất sắc trong năm học."
            ),
            Img(_img("11/ky-niem-20-11-2.jpg"), None, None, "bang1"),
            P(
                "Những năm trước, nhà trường cũng tổ chức nhiều hoạt động tri ân thầy cô giáo đã nghỉ"
                " hưu, được cán bộ, học viên hưởng ứng.",
                f"a|{DELETED}|nhiều hoạt động tri ân thầy cô giáo đã nghỉ hưu",
            ),
            Raw(
                '<p align="right"><b><span lang="VI">Tin: Nguyễn Văn Hùng - Ảnh: Trần Minh Đức'
                "</span></b></p>"
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        photographers=["Trần Minh Đức"],
        opts={
            "when": datetime(2026, 11, 20, 9, 45),
            "lead": "tomtat",
            "entities": 2,
            "tags": ["20/11", "nhà giáo"],
        },
    ),
    Story(
        id=4515,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-dao-duc-cach-mang-trong-giang-day-ly-luan-chinh-tri",
        title=(
            "Vận dụng tư tưởng Hồ Chí Minh về đạo đức cách mạng trong giảng dạy lý luận chính trị"
            " hiện nay"
        ),
        cat="21",
        published_at="2026-11-18T16:45:00+07:00",
        summary=(
            "Tư tưởng Hồ Chí Minh về đạo đức cách mạng là nền tảng để mỗi giảng viên lý luận chính"
            " trị rèn luyện bản thân và truyền cảm hứng cho học viên. Bài viết trao đổi một số giải"
            " pháp vận dụng tư tưởng đó vào hoạt động giảng dạy tại trường chính trị cấp tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Quan điểm của Hồ Chí Minh về đạo đức cách mạng", "b"),
            P(
                "Theo Hồ Chí Minh, đạo đức là gốc, là nền tảng của người cách mạng: “Cũng như sông thì"
                " có nguồn mới có nước, không có nguồn thì sông cạn. Cây phải có gốc, không có gốc thì"
                " cây héo. Người cách mạng phải có đạo đức, không có đạo đức thì dù tài giỏi mấy cũng"
                " không lãnh đạo được nhân dân”[1]. Những phẩm chất cốt lõi Người nêu ra là trung với"
                " nước, hiếu với dân; cần, kiệm, liêm, chính, chí công vô tư; yêu thương con người và"
                " tinh thần quốc tế trong sáng."
            ),
            P(
                "Người đặc biệt coi trọng nguyên tắc nói đi đôi với làm, nêu gương về đạo đức. Đối"
                " với người thầy, nêu gương không chỉ ở lời giảng trên lớp mà ở chính lối sống, tác"
                " phong hằng ngày."
            ),
            P("2. Thực trạng và giải pháp vận dụng trong giảng dạy", "b"),
            P(
                "Thời gian qua, đội ngũ giảng viên Trường Chính trị tỉnh đã chủ động lồng ghép nội"
                " dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào các bài"
                " giảng. Tuy nhiên, ở một số bài giảng, việc liên hệ còn chung chung, chưa gắn với"
                " thực tiễn công tác của học viên ở cơ sở."
            ),
            P(
                "Thứ nhất, mỗi giảng viên cần nêu cao tinh thần tự học, tự rèn, thực hiện nghiêm quy"
                " định về chuẩn mực đạo đức nhà giáo, thực sự là tấm gương để học viên noi theo."
            ),
            P(
                "Thứ hai, đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của học viên,"
                " sử dụng tình huống thực tế ở địa phương để học viên thảo luận, rút ra bài học về đạo"
                " đức công vụ."
            ),
            P(
                "Thứ ba, tăng cường đi thực tế cơ sở, nắm bắt những mô hình hay, cách làm sáng tạo"
                " trong học tập và làm theo Bác để đưa vào bài giảng một cách sinh động, thuyết phục."
            ),
            P("Tài liệu tham khảo:", "b"),
            P(
                "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.292.",
                "ref",
            ),
            P(
                "[2] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb."
                " Chính trị quốc gia Sự thật, Hà Nội, 2021, t.I.",
                "ref",
            ),
            Raw('<p align="right"><b><span lang="VI">ThS. Nguyễn Thị Hằng</span></b></p>'),
            Raw('<p align="right"><i><span lang="VI">Khoa Lý luận cơ sở</span></i></p>'),
        ],
        authors=["Nguyễn Thị Hằng"],
        opts={
            "when": datetime(2026, 11, 18, 16, 45),
            "lead": "tomtat",
            "tags": ["tư tưởng Hồ Chí Minh", "đạo đức cách mạng"],
            "comment": (
                "Trần Văn Nam",
                "19/11/2026 08:12",
                "Bài viết thiết thực, rất mong nhà trường tiếp tục đăng các bài nghiên cứu như thế"
                " này để học viên tham khảo.",
            ),
        },
    ),
    Story(
        id=4512,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong-chinh-tri-tinh",
        title="Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh",
        cat="12",
        published_at="2026-11-17T14:10:00+07:00",
        summary=(
            "Chiều 16/11, Đoàn công tác Học viện Chính trị khu vực III do đồng chí Phó Giám đốc Học"
            " viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh về công tác phối"
            " hợp đào tạo năm 2026."
        ),
        blocks=[
            P(
                "Chiều 16/11, Đoàn công tác Học viện Chính trị khu vực III do đồng chí Phó Giám đốc Học"
                " viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh về công tác phối"
                " hợp đào tạo năm 2026.",
                "b",
            ),
            P(
                "Báo cáo tại buổi làm việc cho biết, năm 2026 hai đơn vị đã phối hợp mở 2 lớp Cao cấp"
                " lý luận chính trị hệ không tập trung với 186 học viên; công tác quản lý lớp, tổ"
                " chức thi, kiểm tra được thực hiện nghiêm túc, đúng quy chế."
            ),
            Img(
                _img("11/lam-viec-hvct-kv3.jpg"),
                "Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc",
                "bang",
            ),
            P(
                "Hai bên thống nhất trong năm 2027 tiếp tục mở lớp Cao cấp lý luận chính trị tại tỉnh,"
                " tăng cường trao đổi giảng viên, phối hợp nghiên cứu khoa học và biên soạn tài liệu"
                " tham khảo phục vụ giảng dạy."
            ),
            Raw('<p align="right"><b><span lang="VI">Hoàng Anh</span></b></p>'),
        ],
        authors=["Hoàng Anh"],
        opts={
            "when": datetime(2026, 11, 17, 14, 10),
            "lead": "",
            "tags": ["cao cấp lý luận chính trị"],
        },
    ),
    Story(
        id=4509,
        slug="thong-bao-chieu-sinh-lop-boi-duong-can-bo-lanh-dao-quan-ly-cap-phong-nam-2026",
        title="Thông báo chiêu sinh lớp bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng năm 2026",
        cat="13",
        published_at="2026-11-14T10:30:00+07:00",
        summary=(
            "Thực hiện Kế hoạch số 215/KH-TCT ngày 10/11/2026, Trường Chính trị tỉnh thông báo chiêu"
            " sinh lớp bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng và tương đương năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P("a) Đối tượng: trưởng, phó phòng và tương đương thuộc các sở, ban, ngành cấp tỉnh."),
            P("b) Thời gian học: 4 tuần, khai giảng ngày 07/12/2026."),
            P("c) Địa điểm: Hội trường A, Trường Chính trị tỉnh."),
            P(
                "Các cơ quan, đơn vị gửi danh sách học viên về Phòng Quản lý đào tạo và Nghiên cứu"
                " khoa học trước ngày 30/11/2026. Chi tiết xem tại Kế hoạch số 215/KH-TCT.",
                "a|/van-ban/v215/ke-hoach-so-215.aspx|Kế hoạch số 215/KH-TCT",
            ),
        ],
        opts={"when": datetime(2026, 11, 14, 10, 30), "lead": "tomtat", "tags": ["chiêu sinh"]},
    ),
    Story(
        id=4506,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV",
        cat="12",
        published_at="2026-11-12T08:00:00+07:00",
        summary=(
            "(TCT) - Ngày 11/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề “Nâng cao chất"
            " lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chuyên môn”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những ưu điểm, hạn chế trong"
                " sinh hoạt chi bộ thời gian qua; đề xuất đổi mới nội dung theo hướng chọn vấn đề"
                " thiết thực, gắn với việc giảng dạy các chuyên đề về xây dựng Đảng."
            ),
            P(
                "Chi bộ thống nhất mỗi quý lựa chọn ít nhất một chuyên đề, giao đảng viên chuẩn bị"
                " trước, đồng thời tăng cường tự phê bình và phê bình, nêu cao trách nhiệm nêu gương"
                " của đảng viên."
            ),
            Raw('<p align="right"><b><span lang="VI">Tin: Khoa Xây dựng Đảng</span></b></p>'),
        ],
        authors=["Khoa Xây dựng Đảng"],
        opts={"when": datetime(2026, 11, 12, 8, 0), "lead": "tomtat", "tags": ["chi bộ"]},
    ),
    Story(
        id=4502,
        slug="boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so",
        title="Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở",
        cat="13",
        published_at="2026-11-09T15:00:00+07:00",
        summary=(
            "Từ ngày 05 đến 09/11, Trường Chính trị tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh mở"
            " lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho 120 cán bộ Mặt trận các xã, phường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên được nghiên cứu các chuyên đề: Điều lệ Mặt trận Tổ quốc Việt Nam; kỹ năng"
                " tập hợp, vận động Nhân dân; giám sát và phản biện xã hội; công tác dân vận trong"
                " tình hình mới."
            ),
            Img(
                _img("11/boi-duong-mat-tran.jpg"),
                "Ảnh: Các học viên thảo luận nhóm",
                "Các học viên thảo luận nhóm",
                "bang",
            ),
            P(
                "Lớp học dành nhiều thời gian cho thảo luận nhóm và xử lý tình huống, giúp học viên"
                " chia sẻ kinh nghiệm, nâng cao kỹ năng làm việc với người dân ở khu dân cư."
            ),
            Raw('<p align="right"><b><span lang="VI">Trần Quốc Bảo</span></b></p>'),
            Raw('<p align="right"><i><span lang="VI">Phòng Quản lý đào tạo và NCKH</span></i></p>'),
        ],
        authors=["Trần Quốc Bảo"],
        opts={"when": datetime(2026, 11, 9, 15, 0), "lead": "tomtat", "tags": ["mặt trận"]},
    ),
    Story(
        id=4499,
        slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-quang-ninh",
        title="Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại Quảng Ninh",
        cat="12",
        published_at="2026-11-05T16:20:00+07:00",
        summary=(
            "Từ ngày 02 đến 05/11, học viên lớp Cao cấp lý luận chính trị hệ không tập trung khóa"
            " 2025 - 2027 đã đi nghiên cứu thực tế tại tỉnh Quảng Ninh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã làm việc với Trường Chính trị Nguyễn Văn Cừ, tìm hiểu kinh nghiệm phát triển"
                " kinh tế biển, du lịch và chuyển đổi số trong cải cách hành chính của tỉnh Quảng"
                " Ninh."
            ),
            Img(
                f"{OLD_HOST}/Uploads/TCT/Images/2026/11/thuc-te-quang-ninh-1.jpg",
                "Ảnh: Học viên tham quan Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh",
                "Học viên tham quan Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh",
                "bang",
            ),
            P(
                "Qua chuyến đi, học viên có thêm tư liệu thực tiễn để hoàn thành tiểu luận tốt nghiệp"
                " và vận dụng những cách làm hay vào công tác tại địa phương, đơn vị."
            ),
            Img(_img("11/thuc-te-quang-ninh-2.jpg"), None, None, "bang1"),
        ],
        opts={
            "when": datetime(2026, 11, 5, 16, 20),
            "lead": "tomtat",
            "tags": ["nghiên cứu thực tế"],
        },
    ),
    Story(
        id=4498,
        slug="nang-cao-chat-luong-tu-hoc-cua-hoc-vien-he-trung-cap-ly-luan-chinh-tri",
        title="Nâng cao chất lượng tự học của học viên hệ trung cấp lý luận chính trị",
        cat="21",
        published_at="2026-11-04T09:00:00+07:00",
        summary=(
            "Tự học là khâu quyết định chất lượng đào tạo lý luận chính trị hệ không tập trung. Bài"
            " viết phân tích thực trạng và đề xuất một số giải pháp nâng cao chất lượng tự học của"
            " học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên hệ trung cấp lý luận chính trị không tập trung phần lớn là cán bộ, công chức"
                " vừa học vừa làm, thời gian lên lớp chỉ chiếm khoảng một phần ba tổng thời lượng"
                " chương trình. Vì vậy, kết quả học tập phụ thuộc rất lớn vào khả năng tự học."
            ),
            Img(_img("11/hoc-vien-tu-hoc-thu-vien.jpg"), None, None, "bang1"),
            P(
                "Khảo sát 150 học viên của 3 lớp năm 2026 cho thấy chỉ khoảng 40% học viên dành từ 2"
                " giờ trở lên mỗi tuần cho việc tự nghiên cứu tài liệu; nhiều học viên chỉ đọc tài"
                " liệu khi gần đến kỳ kiểm tra."
            ),
            P(
                "Để nâng cao chất lượng tự học, giảng viên cần giao nhiệm vụ cụ thể sau mỗi bài"
                " giảng; nhà trường số hóa tài liệu, mở thư viện điện tử; cơ quan cử đi học tạo điều"
                " kiện về thời gian cho học viên."
            ),
            P("Tài liệu tham khảo:", "b"),
            P(
                "[1] Học viện Chính trị quốc gia Hồ Chí Minh: Chương trình Trung cấp lý luận chính"
                " trị, Hà Nội, 2021.",
                "ref",
            ),
            Raw(
                '<p align="right"><b><span lang="VI">TS. Trần Đình Phong - Khoa Nhà nước và pháp'
                " luật</span></b></p>"
            ),
        ],
        authors=["Trần Đình Phong"],
        opts={"when": datetime(2026, 11, 4, 9, 0), "lead": "tomtat", "tags": ["tự học"]},
    ),
    Story(
        id=4495,
        slug="tong-ket-lop-boi-duong-dai-bieu-hdnd-cap-xa-nhiem-ky-2026-2031",
        title="Tổng kết lớp bồi dưỡng đại biểu HĐND cấp xã nhiệm kỳ 2026 - 2031",
        cat="13",
        published_at="2026-11-02T08:30:00+07:00",
        summary=(
            "Ngày 31/10, Trường Chính trị tỉnh tổng kết lớp bồi dưỡng kỹ năng hoạt động cho đại"
            " biểu Hội đồng nhân dân cấp xã nhiệm kỳ 2026 - 2031."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong 5 ngày, 145 đại biểu được trang bị kỹ năng thẩm tra báo cáo, chất vấn, tiếp"
                " xúc cử tri và giám sát việc thực hiện nghị quyết của Hội đồng nhân dân."
            ),
            P(
                "Các học viên đánh giá nội dung bồi dưỡng thiết thực, giúp đại biểu mới tự tin hơn"
                " khi tham gia kỳ họp và các hoạt động giám sát tại địa phương."
            ),
            Raw(
                '<p align="right"><i><span lang="VI">(Theo Cổng Thông tin điện tử tỉnh Hà Tĩnh)'
                "</span></i></p>"
            ),
        ],
        source="Cổng Thông tin điện tử tỉnh Hà Tĩnh",
        opts={"when": datetime(2026, 11, 2, 8, 30), "lead": "tomtat", "tags": ["HĐND"]},
    ),
    Story(
        id=4493,
        slug="truong-chinh-tri-tinh-ky-ket-chuong-trinh-phoi-hop-voi-bao-ha-tinh",
        title="Trường Chính trị tỉnh ký kết chương trình phối hợp với Báo Hà Tĩnh",
        cat="12",
        published_at="2026-10-30T10:00:00+07:00",
        summary=(
            "Sáng 29/10, Trường Chính trị tỉnh và Báo Hà Tĩnh ký kết chương trình phối hợp tuyên"
            " truyền giai đoạn 2026 - 2030."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo chương trình, hai đơn vị phối hợp tuyên truyền về công tác đào tạo, bồi dưỡng"
                " cán bộ; xây dựng chuyên mục nghiên cứu, trao đổi lý luận trên Báo Hà Tĩnh; phối hợp"
                " tổ chức các hội thảo khoa học về bảo vệ nền tảng tư tưởng của Đảng."
            ),
            Img(
                _img("10/ky-ket-bao-ha-tinh.jpg"),
                "Lãnh đạo hai đơn vị ký kết chương trình phối hợp",
                "Lãnh đạo hai đơn vị ký kết chương trình phối hợp",
                "bang",
            ),
            P(
                "Báo Hà Tĩnh sẽ hỗ trợ nhà trường bồi dưỡng kỹ năng viết tin, bài cho cán bộ, giảng"
                " viên, góp phần nâng cao chất lượng trang thông tin điện tử của Trường."
            ),
            Raw('<p align="right"><b><span lang="VI">Thanh Hải</span></b></p>'),
            Raw('<p align="right"><i><span lang="VI">Nguồn: Báo Hà Tĩnh</span></i></p>'),
        ],
        authors=["Thanh Hải"],
        source="Báo Hà Tĩnh",
        opts={"when": datetime(2026, 10, 30, 10, 0), "lead": "tomtat", "tags": ["ký kết"]},
    ),
    Story(
        id=4488,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="12",
        published_at="2026-10-26",
        summary=(
            "Từ ngày 20 đến 23/10, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp"
            " trường năm 2026 với sự tham gia của 14 giảng viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giảng viên dự thi trình bày một bài giảng thuộc chương trình Trung cấp lý luận"
                " chính trị trước Ban Giám khảo và học viên. Các bài giảng đã ứng dụng công nghệ"
                " thông tin, sử dụng nhiều tình huống thực tiễn của tỉnh."
            ),
            P(
                "Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích;"
                " chọn 3 giảng viên tham dự Hội thi cấp toàn quốc năm 2027."
            ),
            Raw('<p align="right"><b><span lang="VI">BBT</span></b></p>'),
        ],
        opts={
            "when": datetime(2026, 10, 26, 0, 0),
            "lead": "tomtat",
            "tags": ["giảng viên dạy giỏi"],
        },
    ),
]
for _s in STORIES:
    _s.opts["cat"] = int(_s.cat)
_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def in_cat(cid: int) -> list[Story]:
    """Newest first; the parent "Tin tức" (c11) lists its two children together."""
    return [s for s in _LATEST if s.opts["cat"] == cid or CATS[s.opts["cat"]].parent == cid]


def story_cat(s: Story) -> Cat:
    return CATS[s.opts["cat"]]


def article_path(s: Story) -> str:
    return f"/{story_cat(s).section}/t{s.id}/{s.slug}.aspx"


def detail_path(s: Story) -> str:
    return f"/Portal/Detail.aspx?Organization={ORG}&MenuID={s.opts['cat']}&ContentID={s.id}"


def print_path(s: Story) -> str:
    return f"/Portal/Print.aspx?ContentID={s.id}"


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def _alts(s: Story) -> list[str]:
    out = [detail_path(s)]
    if s.id == 4502:
        out.append(OLD_SLUG_4502)
    return out


GOLD: list[dict] = [
    gold_record(s, article_path(s), story_cat(s).name, alt_paths=_alts(s)) for s in _LATEST
]


# --- other content ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str

    @property
    def path(self) -> str:
        return f"/van-ban/v{self.id}/{self.slug}.aspx"

    @property
    def file(self) -> str:
        return f"{UP}/VanBan/{self.number.replace('/', '-').replace('Đ', 'D')}.pdf"


DOCS: list[Doc] = [
    Doc(218, "thong-bao-so-218", "218/TB-TCT", "Thông báo", date(2026, 11, 20), "Phạm Văn Quang",
        "Thông báo lịch học lớp Trung cấp lý luận chính trị khóa 45"),
    Doc(215, "ke-hoach-so-215", "215/KH-TCT", "Kế hoạch", date(2026, 11, 10), "Phạm Văn Quang",
        "Kế hoạch mở lớp bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng năm 2026"),
    Doc(211, "quyet-dinh-so-211", "211/QĐ-TCT", "Quyết định", date(2026, 11, 3), "Phạm Văn Quang",
        "Quyết định công nhận tốt nghiệp lớp Trung cấp lý luận chính trị khóa 42"),
    Doc(207, "thong-bao-so-207", "207/TB-TCT", "Thông báo", date(2026, 10, 27), "Lê Thị Thanh Bình",
        "Thông báo kết quả Hội thi giảng viên dạy giỏi cấp trường năm 2026"),
    Doc(203, "ke-hoach-so-203", "203/KH-TCT", "Kế hoạch", date(2026, 10, 15), "Lê Thị Thanh Bình",
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026"),
    Doc(198, "cong-van-so-198", "198/TCT-VP", "Công văn", date(2026, 10, 6), "Lê Thị Thanh Bình",
        "V/v cử cán bộ tham gia lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4"),
    Doc(190, "quyet-dinh-so-190", "190/QĐ-TCT", "Quyết định", date(2026, 9, 25), "Phạm Văn Quang",
        "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026"),
    Doc(184, "thong-bao-so-184", "184/TB-TCT", "Thông báo", date(2026, 9, 14), "Phạm Văn Quang",
        "Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2026"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

#: "Giới thiệu": one-item categories id -> (slug, name, paragraphs)
INTRO: dict[int, tuple[str, str, list[str]]] = {
    1: ("lich-su-hinh-thanh", "Lịch sử hình thành", [
        "Trường Chính trị tỉnh Hà Tĩnh tiền thân là Trường Đảng tỉnh, được thành lập năm 1949 trong"
        " những năm kháng chiến chống thực dân Pháp.",
        "Trải qua các thời kỳ với nhiều tên gọi khác nhau, năm 1995 Trường được đổi tên thành Trường"
        " Chính trị tỉnh Hà Tĩnh theo Quyết định của Ban Thường vụ Tỉnh ủy.",
        "Năm 2021, Trường được công nhận đạt chuẩn mức 1 theo quy định của Ban Bí thư.",
    ]),
    2: ("chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ", [
        "Trường Chính trị tỉnh là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống"
        " chính trị ở cơ sở; cán bộ, công chức, viên chức cấp tỉnh về lý luận chính trị.",
        "Trường nghiên cứu khoa học, tổng kết thực tiễn góp phần xây dựng đường lối, chủ trương của"
        " Đảng và chính sách, pháp luật của Nhà nước ở địa phương.",
    ]),
    3: ("co-cau-to-chuc", "Cơ cấu tổ chức", [
        "Ban Giám hiệu gồm Hiệu trưởng và 02 Phó Hiệu trưởng.",
        "Các khoa, phòng: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa"
        " Dân vận; Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
    ]),
}  # fmt: skip

ALBUMS: dict[int, tuple[str, str, list[tuple[str, str]]]] = {
    7: ("le-khai-giang-lop-tccl-khoa-45", "Lễ khai giảng lớp TCCL khóa 45", [
        ("album/k45/01.jpg", "Các đại biểu dự lễ khai giảng"),
        ("album/k45/02.jpg", "Học viên chào cờ"),
        ("album/k45/03.jpg", "Lớp trưởng phát biểu hứa quyết tâm"),
    ]),
    6: ("ky-niem-ngay-nha-giao-viet-nam-2026", "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", [
        ("album/2011/01.jpg", "Văn nghệ chào mừng"),
        ("album/2011/02.jpg", "Trao Kỷ niệm chương “Vì sự nghiệp giáo dục”"),
    ]),
    5: ("hoi-thi-giang-vien-day-gioi-2026", "Hội thi giảng viên dạy giỏi 2026", [
        ("album/gvdg/01.jpg", "Giảng viên dự thi"),
        ("album/gvdg/02.jpg", "Ban Giám khảo chấm thi"),
    ]),
}  # fmt: skip


def album_path(aid: int) -> str:
    return f"/thu-vien-anh/a{aid}/{ALBUMS[aid][0]}.aspx"


def intro_path(cid: int) -> str:
    return f"/gioi-thieu/c{cid}/{INTRO[cid][0]}.aspx"


def _tag_path(tag: str) -> str:
    return f"/tim-kiem.aspx?tukhoa={quote_plus(tag)}"


TAGS = sorted({t for s in STORIES for t in s.opts["tags"]})


def session_token(key: str) -> str:
    """A cookieless-session-like token (24 chars of a-z0-5), fixed per menu item."""
    alphabet = "abcdefghijklmnopqrstuvwxyz012345"
    digest = hashlib.sha256(f"ASP.NET_SessionId-{key}".encode()).digest()
    return "".join(alphabet[b % 32] for b in digest[:24])


def week_path(week: int, year: int) -> str:
    return f"/lich-cong-tac.aspx?tuan={week}&nam={year}"


NON_ARTICLES: list[str] = [
    "/Default.aspx",
    *(cat_path(c) for c in CATS.values()),
    *(f"{cat_path(CATS[11])}?Page={n}" for n in (2, 3, 4)),
    *(intro_path(c) for c in INTRO),
    "/lien-he.aspx",
    "/dang-nhap.aspx",
    "/van-ban.aspx",
    "/van-ban.aspx?Page=2",
    "/van-ban.aspx?Page=3",
    *(d.path for d in DOCS),
    "/thu-vien-anh.aspx",
    *(album_path(a) for a in ALBUMS),
    week_path(WEEK, YEAR),
    DELETED,
    *(print_path(s) for s in _LATEST),
    *(_tag_path(t) for t in TAGS),
]


# --- rendering helpers ---------------------------------------------------------------------------


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _wrap(value: str, width: int = 74) -> str:
    """Hard line breaks inside a sentence, as Word's HTML export writes them."""
    lines, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\r\n".join(lines)


def _t(value: str, s: Story | None = None, wrap: bool = False) -> str:
    v = _wrap(value) if wrap else value
    if s is None:
        return text(v)
    return text(v, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


_SPAN = '<span lang="VI" style="font-size:14.0pt;font-family:\'Times New Roman\'">'
_PSTYLE = 'class="MsoNormal" style="text-align:justify;text-indent:36pt"'


def _para(p: P, s: Story) -> str:
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        before, after = p.text.split(phrase, 1)
        inner = f'{_t(before, s)}<a href="{esc(href)}">{_t(phrase, s)}</a>{_t(after, s)}'
        return f"<p {_PSTYLE}>{_SPAN}{inner}</span></p>"
    if p.style == "b":
        return f"<p {_PSTYLE}><b>{_SPAN}{_t(p.text, s, True)}</span></b></p>"
    if p.style == "ref":
        return (
            '<p class="MsoNormal" style="margin-left:36pt;text-align:justify;text-indent:-18pt">'
            f"{_SPAN}{_t(p.text, s, True)}</span></p>"
        )
    return f"<p {_PSTYLE}>{_SPAN}{_t(p.text, s, True)}</span><o:p></o:p></p>"


def _image(img: Img, s: Story) -> str:
    pic = f'<img alt="" src="{esc(img.src)}" style="width:500px;height:333px" />'
    if img.style == "giua":
        return (
            f'<p align="center" class="MsoNormal" style="text-align:center">{pic}</p>'
            f'<p align="center" class="MsoNormal" style="text-align:center"><i>{_SPAN}'
            f"{_t(img.printed or '', s)}</span></i></p>"
        )
    rows = f"<tr><td>{pic}</td></tr>"
    if img.style == "bang" and img.printed:
        rows += (
            '<tr><td style="text-align:center"><em><span style="font-size:12.0pt">'
            f"{_t(img.printed, s)}</span></em></td></tr>"
        )
    return (
        '<table align="center" border="0" cellpadding="3" cellspacing="0" class="MsoNormalTable"'
        f' style="width:500px"><tbody>{rows}</tbody></table>'
    )


def _body(s: Story) -> str:
    out = [f'<p class="MsoNormal">{_SPAN}&nbsp;</span><o:p></o:p></p>']
    for b in s.blocks:
        if isinstance(b, P):
            out.append(_para(b, s))
        elif isinstance(b, Img):
            out.append(_image(b, s))
        else:
            out.append(b.html if not s.opts.get("nfd") else unicodedata.normalize("NFD", b.html))
    out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\r\n".join(out)


def _viewstate(seed: str) -> str:
    return opaque(f"vs-{seed}", 720, b"\xff\x01\x0f\x0f\x05\x0a-1892318273")


def _validation(seed: str) -> str:
    return opaque(f"ev-{seed}", 96, b"\xff\x01\x16\x12")


# --- chrome -------------------------------------------------------------------------------------


def _menu_link(href: str, key: str) -> str:
    sep = "&" if "?" in href else "?"
    return f"{href}{sep}s={session_token(key)}"


def _menu() -> str:
    def item(href: str, key: str, label: str, sub: str = "") -> str:
        cls = ' class="has-sub"' if sub else ""
        return f'<li{cls}><a href="{esc(_menu_link(href, key))}">{label}</a>{sub}</li>'

    def subs(items: list[tuple[str, str, str]]) -> str:
        return (
            '<ul class="sub-menu">'
            + "".join(
                f'<li><a href="{esc(_menu_link(h, k))}">{label}</a></li>' for h, k, label in items
            )
            + "</ul>"
        )

    intro = subs([(intro_path(c), f"c{c}", INTRO[c][1]) for c in INTRO])
    news = subs([(cat_path(CATS[c]), f"c{c}", CATS[c].name) for c in (12, 13)])
    return (
        '<div class="menu-top"><ul id="nav">'
        '<li class="home"><a href="/Default.aspx">Trang chủ</a></li>'
        + item(intro_path(1), "c1", "Giới thiệu", intro)
        + item(cat_path(CATS[11]), "c11", "Tin tức", news)
        + item(cat_path(CATS[21]), "c21", "Nghiên cứu - Trao đổi")
        + item("/van-ban.aspx", "vb", "Văn bản")
        + item("/thu-vien-anh.aspx", "tva", "Thư viện ảnh")
        + item("/lich-cong-tac.aspx", "lct", "Lịch công tác")
        + item("/lien-he.aspx", "lh", "Liên hệ")
        + "</ul></div>"
    )


def _header() -> str:
    return (
        '<div class="header">'
        f'<div class="banner"><a href="/Default.aspx"><img src="{SKIN}/images/banner.jpg"'
        f' alt="{SITE}" width="1000" height="160" /></a></div>'
        '<div class="thanh-cong-cu"><span class="ngay-hien-tai">'
        f"{TODAY}</span>"
        '<div class="tim-kiem"><input name="ctl00$ucHeader$txtKeyword" type="text"'
        ' id="ctl00_ucHeader_txtKeyword" class="txt-timkiem" value="Nhập từ khóa..." />'
        '<a id="ctl00_ucHeader_lnkSearch" class="btn-timkiem"'
        ' href="javascript:__doPostBack(&#39;ctl00$ucHeader$lnkSearch&#39;,&#39;&#39;)">Tìm kiếm</a>'
        '</div><a class="dang-nhap" href="/dang-nhap.aspx">Đăng nhập</a></div></div>'
    )


def _right() -> str:
    notices = "".join(f'<li><a href="{d.path}">{esc(d.abstract)}</a></li>' for d in DOCS[:5])
    latest = "".join(
        f'<li><a href="{article_path(s)}">{_t(s.title)}</a> <span class="ngay">({_dmy(s.opts["when"])})</span></li>'
        for s in _LATEST[:5]
    )
    docs = "".join(
        f'<li><a href="{d.path}">{d.number}</a><br /><span class="trich-yeu">{esc(d.abstract)}</span></li>'
        for d in DOCS[:4]
    )
    poll = (
        '<div class="binh-chon"><div class="cau-hoi">Bạn đánh giá thế nào về chất lượng các lớp'
        " bồi dưỡng của nhà trường?</div>"
        + "".join(
            f'<div><input id="ctl00_ucRight_ucPoll_rblOption_{i}" type="radio"'
            f' name="ctl00$ucRight$ucPoll$rblOption" value="{i + 1}" />'
            f'<label for="ctl00_ucRight_ucPoll_rblOption_{i}">{label}</label></div>'
            for i, label in enumerate(("Rất tốt", "Tốt", "Bình thường", "Cần cải tiến"))
        )
        + '<input type="submit" name="ctl00$ucRight$ucPoll$btnVote" value="Biểu quyết"'
        ' id="ctl00_ucRight_ucPoll_btnVote" class="btn" />'
        ' <a href="javascript:void(0)" onclick="window.open(\'/Portal/PollResult.aspx?PollID=3\','
        "'KetQua','width=420,height=300')\">Xem kết quả</a></div>"
    )
    links = (
        '<select name="ctl00$ucRight$ddlLienKet" onchange="if(this.value!=\'\')window.open(this.value)">'
        '<option value="">--- Liên kết website ---</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="https://baohatinh.vn">Báo Hà Tĩnh</option>'
        '<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option></select>'
    )
    counter = (
        '<table class="thong-ke"><tr><td>Đang online:</td><td><b>27</b></td></tr>'
        "<tr><td>Tổng số:</td><td><b>1.254.387</b></td></tr></table>"
    )

    def box(title: str, inner: str, cls: str) -> str:
        return f'<div class="khung-phai {cls}"><div class="tieude-khung">{title}</div><div class="nd-khung">{inner}</div></div>'

    return (
        '<div class="right" style="width:30%;float:right">'
        + box(
            "Thông báo",
            '<marquee direction="up" scrollamount="2" height="160" onmouseover="this.stop()"'
            f' onmouseout="this.start()"><ul>{notices}</ul></marquee>',
            "thong-bao",
        )
        + f'<div class="banner-phai"><a href="{week_path(WEEK, YEAR)}"><img src="{SKIN}/images/lich-cong-tac.png" alt="Lịch công tác tuần" /></a></div>'
        + box("Tin mới", f"<ul>{latest}</ul>", "tin-moi")
        + box("Văn bản mới", f'<ul>{docs}</ul><a class="xem-tat-ca" href="/van-ban.aspx">Xem tất cả</a>', "van-ban-moi")
        + box("Thăm dò ý kiến", poll, "tham-do")
        + box("Liên kết website", links, "lien-ket")
        + box("Thống kê truy cập", counter, "thong-ke-truy-cap")
        + "</div>"
    )  # fmt: skip


def _footer() -> str:
    return (
        '<div class="footer"><div class="noidung-footer">'
        f"<p><b>Bản quyền thuộc {SITE.upper()}</b></p>"
        "<p>Địa chỉ: Số 06, đường Nguyễn Thị Minh Khai, phường Thành Sen, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239.3855.624 - Fax: 0239.3855.625 - Đường dây nóng: 0912.386.114</p>"
        "<p>Email: truongchinhtri@hatinh.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: ThS. Phạm Văn Quang - Hiệu trưởng</p>"
        "<p>Ghi rõ nguồn &quot;Trường Chính trị tỉnh Hà Tĩnh&quot; khi phát hành lại thông tin từ"
        " website này.</p></div>"
        '<div class="lien-ket-footer"><a href="/Default.aspx">Trang chủ</a> | '
        f'<a href="{intro_path(1)}">Giới thiệu</a> | <a href="/lien-he.aspx">Liên hệ</a></div>'
        '<div class="don-vi-phat-trien">Phát triển bởi Công ty Cổ phần Tin học Lạc Việt</div></div>'
    )


_POSTBACK_SCRIPT = """<script type="text/javascript">
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


def _page(title: str, action: str, seed: str, left: str, validation: str | None = None) -> str:
    ev = validation or _validation(seed)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
\t{title}
</title><meta name="keywords" content="Trường Chính trị, Hà Tĩnh, lý luận chính trị" />
<link href="{SKIN}/css/style.css" rel="stylesheet" type="text/css" />
<link href="{SKIN}/css/menu.css" rel="stylesheet" type="text/css" />
<script src="/Portal/Scripts/jquery-1.7.2.min.js" type="text/javascript"></script>
<script src="{SKIN}/js/menu.js" type="text/javascript"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(seed)}" />
</div>
{_POSTBACK_SCRIPT}
<div>
\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
<div id="wrapper">
{_header()}
{_menu()}
<div class="main">
<div class="left" style="width:70%;float:left">
{left}
</div>
{_right()}
<div class="clear"></div>
</div>
{_footer()}
</div>
</form>
</body>
</html>
"""


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/Default.aspx">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{label}</a>' if href else f"<span>{label}</span>")
    return '<div class="duong-dan">' + " &gt; ".join(parts) + "</div>"


def _cat_crumbs(c: Cat) -> list[tuple[str, str | None]]:
    items: list[tuple[str, str | None]] = []
    if c.parent:
        items.append((CATS[c.parent].name, cat_path(CATS[c.parent])))
    items.append((c.name, cat_path(c)))
    return items


# --- articles -----------------------------------------------------------------------------------


def _others(s: Story) -> list[Story]:
    group = [
        x for x in _LATEST if (story_cat(x).id == 21) == (story_cat(s).id == 21) and x is not s
    ]
    older = [x for x in group if x.opts["when"] < s.opts["when"]]
    newer = [x for x in group if x.opts["when"] > s.opts["when"]]
    return (older + newer)[:8]


def _chitiet(s: Story) -> str:
    w: datetime = s.opts["when"]
    lead = ""
    if s.opts["lead"] == "tomtat":
        lead = f'<div class="tomtat"><b>{_t(s.summary or "", s)}</b></div>'
    else:
        lead = '<div class="tomtat"><b></b></div>'
    return (
        '<div class="chitiet-tin">'
        f'<div class="tieude-chitiet">{_t(s.title, s)}</div>'
        f'<div class="ngay-dang">Cập nhật: {w:%d/%m/%Y %H:%M}'
        f' <span class="luot-xem">| Lượt xem: {s.views()}</span></div>'
        f"{lead}"
        f'<div class="noidung">\r\n{_body(s)}\r\n</div>'
        "</div>"
    )


def _article(s: Story, action: str, base: str) -> str:
    c = story_cat(s)
    tags = ", ".join(f'<a href="{esc(_tag_path(t))}">{esc(t)}</a>' for t in s.opts["tags"])
    share = quote_plus(base + article_path(s))
    tools = (
        '<div class="cong-cu">'
        f'<a class="in-bai" href="{print_path(s)}" target="_blank">In bài viết</a>'
        f' | <a class="gui-email" href="mailto:?subject={quote_plus(s.title)}&amp;body={share}">Gửi email</a>'
        f' | <a class="facebook" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Chia sẻ</a>'
        ' | <span class="co-chu">Cỡ chữ: <a href="javascript:setFont(1)">A+</a> <a href="javascript:setFont(-1)">A-</a></span>'
        ' | <a href="javascript:history.back()">Quay lại</a></div>'
    )  # fmt: skip
    others = "".join(
        f'<li><a href="{esc(detail_path(o))}">{_t(o.title)}</a> <span class="ngay">({_dmy(o.opts["when"])})</span></li>'
        for o in _others(s)
    )
    comment = ""
    if cm := s.opts.get("comment"):
        who, when, said = cm
        comment = (
            f'<div class="ykien-item"><span class="ten-bandoc">{esc(who)}</span>'
            f' <span class="ngay">({when})</span><div class="nd-ykien">{esc(said)}</div></div>'
        )
    form = (
        '<div class="form-ykien"><table>'
        '<tr><td>Họ và tên:</td><td><input name="ctl00$ContentPlaceHolder1$ucComment$txtName" type="text" /></td></tr>'
        '<tr><td>Email:</td><td><input name="ctl00$ContentPlaceHolder1$ucComment$txtEmail" type="text" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$ucComment$txtContent" rows="4" cols="50"></textarea></td></tr>'
        f'<tr><td>Mã xác nhận:</td><td><img src="/Portal/Captcha.ashx?id={s.id}" alt="" /> '
        '<input name="ctl00$ContentPlaceHolder1$ucComment$txtCaptcha" type="text" size="6" /></td></tr>'
        '<tr><td></td><td><a id="ctl00_ContentPlaceHolder1_ucComment_lnkSend" class="btn"'
        " href=\"javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$ucComment$lnkSend&#39;,&#39;&#39;)\">Gửi ý kiến</a>"
        "</td></tr></table></div>"
    )  # fmt: skip
    left = (
        _crumbs(_cat_crumbs(c))
        + _chitiet(s)
        + f'<div class="tu-khoa">Từ khóa: {tags}</div>'
        + tools
        + '<div class="tin-khac"><div class="tieude-khung">Các tin khác</div>'
        f"<ul>{others}</ul></div>"
        + '<div class="ykien-bandoc"><div class="tieude-khung">Ý kiến bạn đọc</div>'
        f"{comment}{form}</div>"
    )
    return _page(f"{esc(s.title)} - {SITE}", action, f"t{s.id}", left)


def _print(s: Story, base: str) -> str:
    w: datetime = s.opts["when"]
    lead = f'<div class="tomtat"><b>{_t(s.summary or "", s)}</b></div>' if s.opts["lead"] else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>In bài viết</title>
<link href="{SKIN}/css/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print()">
<div class="print-header"><img src="{SKIN}/images/logo-print.png" alt="" /> {SITE.upper()}</div>
<div class="tieude-chitiet">{_t(s.title, s)}</div>
<div class="ngay-dang">Cập nhật: {w:%d/%m/%Y %H:%M}</div>
{lead}
<div class="noidung">{_body(s)}</div>
<div class="print-footer">Địa chỉ bài viết: {base}{article_path(s)}</div>
<div class="print-tools"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
</body>
</html>
"""


def _deleted(action: str) -> str:
    left = (
        _crumbs([("Tin tức", cat_path(CATS[11]))])
        + '<div class="thong-bao-loi">Tin bài không tồn tại hoặc đã bị xóa.</div>'
        + '<div><a href="/Default.aspx">Quay về trang chủ</a></div>'
    )
    return _page(SITE, action, "deleted", left)


# --- listings -----------------------------------------------------------------------------------

PAGER_ID = "ctl00$ContentPlaceHolder1$ucListNews"


def _lead_of(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(lead) > 200:
        lead = lead[:200].rsplit(" ", 1)[0] + "..."
    return lead


def _entry(s: Story, first: bool) -> str:
    thumb = next((i.src for i in s.images), f"{SKIN}/images/no-image.jpg")
    cls = "tin-dau" if first else "tin-item"
    return (
        f'<div class="{cls}"><a href="{article_path(s)}"><img class="anh-dai-dien" src="{esc(thumb)}"'
        f' alt="" width="{240 if first else 120}" /></a>'
        f'<div class="td-tin"><a href="{article_path(s)}">{_t(s.title)}</a>'
        f' <span class="ngay">({_dmy(s.opts["when"])})</span></div>'
        f'<div class="mota">{esc(_lead_of(s))}</div><div class="clear"></div></div>'
    )


def _get_pager(path: str, page: int, total: int, keep: str) -> str:
    pages = _pages(total)

    def href(n: int) -> str:
        return f"{path}?{keep + '&' if keep else ''}Page={n}"

    items = []
    if page > 1:
        items.append(f'<a href="{esc(href(1))}">Trang đầu</a>')
        items.append(f'<a href="{esc(href(page - 1))}">« Trang trước</a>')
    for n in range(1, pages + 1):
        items.append(
            f'<span class="trang-hien-tai">{n}</span>'
            if n == page
            else f'<a href="{esc(href(n))}">{n}</a>'
        )
    if (page - 1) * PER_PAGE < total:  # the product's test: "this page is not empty"
        items.append(f'<a href="{esc(href(page + 1))}">Trang sau »</a>')
    return '<div class="phantrang">' + " ".join(items) + "</div>"


def _postback_pager(page: int, total: int) -> str:
    pages = _pages(total)
    if pages <= 1:
        return ""

    def link(target: str, label: str, idn: str) -> str:
        return f'<a id="{idn}" href="javascript:__doPostBack(&#39;{target}&#39;,&#39;&#39;)">{label}</a>'

    base_id = PAGER_ID.replace("$", "_")
    items = []
    if page > 1:
        items.append(link(f"{PAGER_ID}$lnkPrev", "« Trang trước", f"{base_id}_lnkPrev"))
    for n in range(1, pages + 1):
        ctl = f"ctl{n - 1:02d}"
        if n == page:
            items.append(f'<span class="trang-hien-tai">{n}</span>')
        else:
            items.append(
                link(
                    f"{PAGER_ID}$rptPager${ctl}$lnkPage",
                    str(n),
                    f"{base_id}_rptPager_{ctl}_lnkPage",
                )
            )
    if page < pages:
        items.append(link(f"{PAGER_ID}$lnkNext", "Trang sau »", f"{base_id}_lnkNext"))
    return '<div class="phantrang">' + " ".join(items) + "</div>"


def listing_seed(cid: int, page: int) -> str:
    return f"c{cid}-p{page}"


#: view state value -> (category id, page) for the postback categories
_STATES: dict[str, tuple[int, int]] = {
    _viewstate(listing_seed(c.id, p)): (c.id, p)
    for c in CATS.values()
    if c.postback
    for p in range(1, _pages(len(in_cat(c.id))) + 1)
}


def _listing(c: Cat, page: int, keep: str, action: str) -> str:
    stories = in_cat(c.id)
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(_entry(s, i == 0 and page == 1) for i, s in enumerate(chunk))
    if not rows:
        rows = '<div class="khong-du-lieu">Không có dữ liệu</div>'
    if c.postback:
        pager = _postback_pager(page, len(stories))
    elif len(stories) > PER_PAGE:
        pager = _get_pager(cat_path(c), page, len(stories), keep)
    else:
        pager = ""
    crumbs = _cat_crumbs(c)
    crumbs[-1] = (crumbs[-1][0], None)
    left = (
        _crumbs(crumbs)
        + f'<div class="tieude-chuyenmuc">{c.name}</div>'
        + f'<div class="ds-tin">{rows}</div>{pager}'
    )
    return _page(f"{c.name} - {SITE}", action, listing_seed(c.id, page), left)


ACTIVE = ' class="active"'


def _intro(cid: int, action: str) -> str:
    _, name, paras = INTRO[cid]
    body = "".join(f"<p {_PSTYLE}>{_SPAN}{esc(p)}</span></p>" for p in paras)
    siblings = "".join(
        f'<li{ACTIVE if c == cid else ""}><a href="{intro_path(c)}">{INTRO[c][1]}</a></li>'
        for c in INTRO
    )
    left = (
        _crumbs([("Giới thiệu", intro_path(1)), (name, None)])
        + f'<div class="menu-con"><ul>{siblings}</ul></div>'
        + '<div class="chitiet-tin">'
        f'<div class="tieude-chitiet">{name}</div><div class="noidung">{body}</div></div>'
    )
    return _page(f"{name} - {SITE}", action, f"gt{cid}", left)


# --- home ---------------------------------------------------------------------------------------


def _home() -> str:
    hot = _LATEST[:3]
    slider = "".join(
        f'<div class="slide"><a href="{esc(detail_path(s))}"><img src="{esc(next((i.src for i in s.images), SKIN + "/images/no-image.jpg"))}"'
        f' alt="" width="420" height="280" /></a><div class="td-slide"><a href="{esc(detail_path(s))}">{_t(s.title)}</a></div></div>'
        for s in hot
    )  # fmt: skip

    def block(cid: int, n: int) -> str:
        c = CATS[cid]
        items = "".join(
            f'<li><a href="{esc(detail_path(s))}">{_t(s.title)}</a> <span class="ngay">{_dmy(s.opts["when"])}</span></li>'
            for s in in_cat(cid)[:n]
        )
        return (
            f'<div class="khung-trangchu"><div class="tieude-khung"><a href="{cat_path(c)}">{c.name}</a></div>'
            f'<ul class="ds-tin-trangchu">{items}</ul><a class="xem-them" href="{cat_path(c)}">Xem thêm</a></div>'
        )

    albums = "".join(
        f'<div class="album"><a href="{album_path(a)}"><img src="{UP}/{pics[0][0]}" alt="" width="150" /></a>'
        f'<a href="{album_path(a)}">{esc(name)}</a></div>'
        for a, (_, name, pics) in ALBUMS.items()
    )
    left = (
        f'<div class="tin-noibat"><div class="tieude-khung">Tin nổi bật</div>{slider}</div>'
        + block(12, 5)
        + block(13, 4)
        + block(21, 3)
        + '<div class="khung-trangchu"><div class="tieude-khung"><a href="/thu-vien-anh.aspx">Thư viện ảnh</a></div>'
        f"{albums}</div>"
    )
    return _page(f"{SITE} - Cổng thông tin điện tử", "./Default.aspx", "home", left)


# --- other pages ----------------------------------------------------------------------------------


def _contact() -> str:
    left = (
        _crumbs([("Liên hệ", None)])
        + f'<div class="tieude-chuyenmuc">Liên hệ</div><div class="lien-he"><p><b>{SITE.upper()}</b></p>'
        "<p>Địa chỉ: Số 06, đường Nguyễn Thị Minh Khai, phường Thành Sen, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239.3855.624 - Email: truongchinhtri@hatinh.gov.vn</p>"
        '<table><tr><td>Họ và tên (*):</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" /></td></tr>'
        '<tr><td>Email (*):</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" /></td></tr>'
        '<tr><td>Tiêu đề:</td><td><input name="ctl00$ContentPlaceHolder1$txtTieuDe" type="text" /></td></tr>'
        '<tr><td>Nội dung (*):</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="6" cols="50"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi liên hệ" /></td></tr></table></div>'
    )  # fmt: skip
    return _page(f"Liên hệ - {SITE}", "./lien-he.aspx", "lienhe", left)


def _login() -> str:
    left = (
        _crumbs([("Đăng nhập", None)])
        + '<div class="dang-nhap-form"><table><tr><td>Tên đăng nhập:</td><td><input name="ctl00$ContentPlaceHolder1$ucLogin$txtUser" type="text" /></td></tr>'
        '<tr><td>Mật khẩu:</td><td><input name="ctl00$ContentPlaceHolder1$ucLogin$txtPass" type="password" /></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$ucLogin$btnLogin" value="Đăng nhập" />'
        " <a href=\"javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$ucLogin$lnkForget&#39;,&#39;&#39;)\">Quên mật khẩu?</a></td></tr></table></div>"
    )  # fmt: skip
    return _page(f"Đăng nhập - {SITE}", "./dang-nhap.aspx", "login", left)


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).lower()


def _search(keyword: str) -> str:
    hits = [
        s
        for s in _LATEST
        if keyword
        and (
            _fold(keyword) in [_fold(t) for t in s.opts["tags"]] or _fold(keyword) in _fold(s.title)
        )
    ]
    rows = (
        "".join(
            f'<li><a href="{article_path(s)}">{_t(s.title)}</a> <span class="ngay">({_dmy(s.opts["when"])})</span></li>'
            for s in hits
        )
        or "<li>Không tìm thấy kết quả phù hợp.</li>"
    )
    left = (
        _crumbs([("Tìm kiếm", None)])
        + f'<div class="ket-qua">Kết quả tìm kiếm cho từ khóa: <b>{esc(keyword)}</b> ({len(hits)} kết quả)</div>'
        f'<ul class="ds-ketqua">{rows}</ul>'
    )
    return _page(f"Tìm kiếm - {SITE}", "./tim-kiem.aspx", "search", left)


def _register(page: int) -> str:
    chunk = DOCS[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = (
        "".join(
            f'<tr><td>{(page - 1) * PER_PAGE + i + 1}</td><td><a href="{d.path}">{d.number}</a></td>'
            f"<td>{_dmy(d.issued)}</td><td>{esc(d.abstract)}</td>"
            f'<td><a href="{d.file}"><img src="{SKIN}/images/pdf.gif" alt="Tải về" /></a></td></tr>'
            for i, d in enumerate(chunk)
        )
        or '<tr><td colspan="5">Không tìm thấy văn bản nào.</td></tr>'
    )
    left = (
        _crumbs([("Văn bản", None)])
        + '<div class="tieude-chuyenmuc">Văn bản</div><table class="bang-van-ban" border="1" cellspacing="0">'
        "<tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
        f"{rows}</table>" + _get_pager("/van-ban.aspx", page, len(DOCS), "")
    )
    return _page(f"Văn bản - {SITE}", "./van-ban.aspx", f"vb{page}", left)


def _doc(d: Doc) -> str:
    left = (
        _crumbs([("Văn bản", "/van-ban.aspx"), (d.number, None)])
        + '<table class="chi-tiet-van-ban" border="1" cellspacing="0">'
        f"<tr><td>Số/Ký hiệu</td><td>{d.number}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{_dmy(d.issued)}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>{d.kind}</td></tr>"
        f"<tr><td>Cơ quan ban hành</td><td>{SITE}</td></tr>"
        f"<tr><td>Người ký</td><td>{d.signer}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(d.abstract)}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="{d.file}">{d.file.rsplit("/", 1)[1]}</a></td></tr></table>'
    )
    return _page(f"{esc(d.abstract)} - {SITE}", f"./{d.slug}.aspx", f"v{d.id}", left)


def _gallery() -> str:
    items = "".join(
        f'<div class="album"><a href="{album_path(a)}"><img src="{UP}/{pics[0][0]}" alt="" width="180" /></a>'
        f'<div><a href="{album_path(a)}">{esc(name)}</a> ({len(pics)} ảnh)</div></div>'
        for a, (_, name, pics) in ALBUMS.items()
    )
    left = _crumbs([("Thư viện ảnh", None)]) + f'<div class="ds-album">{items}</div>'
    return _page(f"Thư viện ảnh - {SITE}", "./thu-vien-anh.aspx", "tva", left)


def _album(aid: int) -> str:
    _, name, pics = ALBUMS[aid]
    items = "".join(
        f'<div class="anh"><a href="{UP}/{src}" rel="lightbox"><img src="{UP}/{src}" alt="{esc(cap)}" width="180" /></a>'
        f'<div class="chu-thich">{esc(cap)}</div></div>'
        for src, cap in pics
    )
    left = (
        _crumbs([("Thư viện ảnh", "/thu-vien-anh.aspx"), (name, None)])
        + f'<div class="tieude-album">{esc(name)}</div><div class="ds-anh">{items}</div>'
    )
    return _page(f"{esc(name)} - {SITE}", f"./{ALBUMS[aid][0]}.aspx", f"a{aid}", left)


def _weeks_in(year: int) -> int:
    return date(year, 12, 28).isocalendar()[1]


def _week_nav(week: int, year: int, delta: int) -> tuple[int, int]:
    week += delta
    if week < 1:
        year -= 1
        week = _weeks_in(year)
    elif week > _weeks_in(year):
        year, week = year + 1, 1
    return week, year


SCHEDULE = {
    0: ["Sáng: Giảng lớp Trung cấp LLCT khóa 45 (Hội trường A)", "Chiều: Giao ban Ban Giám hiệu"],
    1: ["Sáng: Hiệu trưởng dự Hội nghị Ban Chấp hành Đảng bộ tỉnh"],
    2: ["Cả ngày: Giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4"],
    3: ["Sáng: Họp Hội đồng Khoa học nhà trường", "Chiều: Kiểm tra công tác quản lý lớp"],
    4: ["Sáng: Sinh hoạt chuyên môn các khoa"],
}


def _schedule(week: int, year: int) -> str:
    monday = date.fromisocalendar(year, week, 1)
    rows = ""
    for n in range(5):
        day = monday + timedelta(days=n)
        entries = SCHEDULE.get(n, []) if (week, year) == (WEEK, YEAR) else []
        cell = "<br />".join(esc(e) for e in entries) or "&nbsp;"
        rows += f"<tr><td>{WEEKDAYS[n]}<br />{_dmy(day)}</td><td>{cell}</td></tr>"
    empty = (
        ""
        if (week, year) == (WEEK, YEAR)
        else '<div class="khong-du-lieu">Chưa có lịch công tác tuần này.</div>'
    )
    pw, py = _week_nav(week, year, -1)
    nw, ny = _week_nav(week, year, 1)
    nav = (
        f'<div class="dieu-huong-tuan"><a href="{esc(week_path(pw, py))}">« Tuần trước</a>'
        f" | <b>Tuần {week} ({_dmy(monday)} - {_dmy(monday + timedelta(days=6))})</b> | "
        f'<a href="{esc(week_path(nw, ny))}">Tuần sau »</a></div>'
    )
    left = (
        _crumbs([("Lịch công tác", None)])
        + '<div class="tieude-chuyenmuc">Lịch công tác tuần</div>'
        + nav
        + f'<table class="lich-tuan" border="1" cellspacing="0"><tr><th>Ngày</th><th>Nội dung</th></tr>{rows}</table>'
        + empty
    )
    return _page(
        f"Lịch công tác - {SITE}",
        f"./lich-cong-tac.aspx?tuan={week}&nam={year}",
        f"lct{week}-{year}",
        left,
    )


# --- the site -----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"/[a-z-]+/t(\d+)/[^/]+\.aspx")
_CATEGORY = re.compile(r"/([a-z-]+)/c(\d+)/([^/]+)\.aspx")
_DOC = re.compile(r"/van-ban/v(\d+)/[^/]+\.aspx")
_ALBUM = re.compile(r"/thu-vien-anh/a(\d+)/[^/]+\.aspx")
_KNOWN_FILES = {d.file for d in DOCS}


def _int(value: str | None, default: int) -> int:
    try:
        return int(value or default)
    except ValueError:
        return default


def _aspnet_error(message: str) -> Response:
    page = (
        "<html><head><title>" + esc(message) + "</title></head><body>"
        '<span><h1>Server Error in \'/\' Application.<hr width="100%" size="1" color="silver"></h1>'
        f"<h2><i>{esc(message)}</i></h2></span>"
        "<b>Description: </b>An unhandled exception occurred during the execution of the current web"
        " request.</body></html>"
    )
    return html(page, status=500)


def _relative_action(request: Request) -> str:
    name = request.path.rsplit("/", 1)[1]
    return f"./{name}" + (f"?{request.query}" if request.query else "")


class LacVietEgovSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = "http://" + request.headers.get("Host", "127.0.0.1")
        action = _relative_action(request) if path != "/" else "./Default.aspx"
        if path == "/":
            return redirect("/Default.aspx")
        if path.lower().endswith(".pdf"):
            if path in _KNOWN_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if (
            path.startswith(("/Uploads/", "/Portal/Skins/", "/Portal/Scripts/"))
            or path == "/favicon.ico"
        ):
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200, "User-agent: *\r\nDisallow: /Admin/\r\n", {"Content-Type": "text/plain"}
            )
        if path == "/Default.aspx":
            return html(_home())
        if path == "/Portal/Detail.aspx":
            s = _BY_ID.get(_int(params.get("ContentID"), 0))
            if s is None:
                return html(_deleted(action))
            return html(_article(s, action, base))
        if path == "/Portal/Print.aspx":
            s = _BY_ID.get(_int(params.get("ContentID"), 0))
            return html(_print(s, base)) if s else None
        if m := _ARTICLE.fullmatch(path):
            s = _BY_ID.get(int(m.group(1)))
            return html(_article(s, action, base)) if s else None
        if m := _CATEGORY.fullmatch(path):
            cid = int(m.group(2))
            if m.group(1) == "gioi-thieu" and cid in INTRO:
                return html(_intro(cid, action))
            if cid not in CATS:
                return None
            return self._category(request, CATS[cid], action)
        if path == "/van-ban.aspx":
            return html(_register(max(1, _int(params.get("Page"), 1))))
        if m := _DOC.fullmatch(path):
            d = _DOC_BY_ID.get(int(m.group(1)))
            return html(_doc(d)) if d else None
        if path == "/thu-vien-anh.aspx":
            return html(_gallery())
        if m := _ALBUM.fullmatch(path):
            aid = int(m.group(1))
            return html(_album(aid)) if aid in ALBUMS else None
        if path == "/lich-cong-tac.aspx":
            week, year = _int(params.get("tuan"), WEEK), _int(params.get("nam"), YEAR)
            if not (1900 <= year <= 2999 and 1 <= week <= _weeks_in(year)):
                week, year = WEEK, YEAR
            return html(_schedule(week, year))
        if path == "/lien-he.aspx":
            return html(_contact())
        if path == "/dang-nhap.aspx":
            return html(_login())
        if path == "/tim-kiem.aspx":
            return html(_search(params.get("tukhoa", "")))
        return None

    def _category(self, request: Request, c: Cat, action: str) -> Response:
        params = request.params
        keep = "&".join(f"s={v}" for k, v in params.items() if k == "s")
        total = len(in_cat(c.id))
        if not c.postback:
            page = max(1, _int(params.get("Page"), 1))
            return html(_listing(c, page, keep, action))
        page = 1
        if request.method == "POST":
            form = request.form
            state = form.get("__VIEWSTATE")
            if state:  # a postback: the view state says where the visitor was
                if state not in _STATES or _STATES[state][0] != c.id:
                    return _aspnet_error("Validation of viewstate MAC failed.")
                current = _STATES[state][1]
                if form.get("__EVENTVALIDATION") != _validation(listing_seed(c.id, current)):
                    return _aspnet_error("Invalid postback or callback argument.")
                target = form.get("__EVENTTARGET", "")
                page = current
                if m := re.fullmatch(
                    re.escape(PAGER_ID) + r"\$rptPager\$ctl(\d\d)\$lnkPage", target
                ):
                    page = int(m.group(1)) + 1
                elif target == f"{PAGER_ID}$lnkNext":
                    page = current + 1
                elif target == f"{PAGER_ID}$lnkPrev":
                    page = current - 1
                page = min(max(page, 1), _pages(total))
        return html(_listing(c, page, keep, action))


def build_site() -> LacVietEgovSite:
    return LacVietEgovSite()
