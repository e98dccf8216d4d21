"""Trường Chính trị Trần Phú tỉnh Hà Tĩnh: a vBulletin 4.2.5 Suite install (vBCMS + forum).

The platform
------------
The school put its site up in 2013 on a licensed vBulletin 4 Suite: the CMS (vBCMS) is the
front page and carries the school's news, the forum ("Diễn đàn học viên") runs beside it. The
style is the default vB4 one with a school banner and a header clock; the language pack is
Vietnamese; "Friendly URLs: basic" is on, canonical-URL enforcement is off (so the id-only
address of an article answers as well as the slugged one). ``<base href>`` is the forum URL, so
every link in the markup is relative to the root (``content.php?…``).

Addresses
---------
- ``/``, ``/index.php``, ``/content.php``: the CMS front section (section 1 "Tin tức"), five
  previews a page; its pages ``/content.php?r=1-Tin-tuc/page2`` … ``/page3``.
- Sections: ``/content.php?r=3-Tin-hoat-dong`` (7 articles, 3 a page: ``/page2``, ``/page3``),
  ``/content.php?r=4-Thong-bao`` (4 articles, ``/page2``), ``/content.php?r=5-Nghien-cuu-Trao-doi``
  (2 articles, one page). ``/content.php?r=3`` (no slug) answers the same list.
- Articles: ``/content.php?r=187-Hoi-nghi-tong-ket-cong-tac-nam-2026-cua-Cong-doan-co-so``
  (id-slug); the same page at ``/content.php?r=187`` (linked from "Bài viết liên quan" and from
  the forum copy); ``…/view/2`` (``/view/3``) when an article has more than five comments: the
  article again with the next page of its comments.
- CMS static pages (no author, no date): ``/content.php?r=8-Gioi-thieu``,
  ``/content.php?r=9-Lich-hoc-cac-lop`` (a timetable).
- Forum: ``/forum.php``, ``/forumdisplay.php?f=2|3|4`` (f=4 "Bình luận bài viết" holds one
  comments thread per article, 10 threads a page: ``&page=2``), ``/showthread.php?t=N`` (10 posts
  a page, ``&page=2``), ``showthread.php?p=N&viewfull=1#postN`` (post permalinks: the thread page
  holding the post), ``showthread.php?t=N&goto=newpost`` (302 to the last post's permalink),
  ``/member.php?u=N``, ``/memberlist.php``, ``/search.php?do=getnew…`` (302 to a fresh
  ``/search.php?searchid=N``, a new id at every visit; result pages ``&pp=&page=2``),
  ``/login.php?do=lostpw``, ``/register.php``, ``/faq.php``, ``/sendmessage.php``,
  ``/tags.php?tag=…`` (content and threads with a tag), ``/external.php?type=RSS2`` (the forum's
  feed of latest threads, linked from every page's head), ``/attachment.php?attachmentid=N``
  (photos as JPEG, the notice's PDF).
- Sessions: a visitor that sends no ``bb_sessionhash`` cookie gets one (Set-Cookie) and, on that
  page, every link carries ``s=<32 hex>`` (``content.php?s=…&r=187-…``, ``forum.php?s=…``); a
  ``s=`` in the request is kept and printed again in the links (the visitor still shows no
  cookie). With the cookie the links are clean. Every page accepts any ``s=``.

Page kinds and how each gold article is reached
-----------------------------------------------
The front section lists all 13 articles newest first over three pages; each section lists its
own; "Tin mới" (the five newest) sits on every CMS page, tag pages and member pages list
articles too. An article page is ``div.cms_article``: ``h1.article_title``, then
``div.article_username_container`` ("Đăng bởi <account> • <date>"), then
``div.cms_article_txt_content`` (BB code rendered: paragraphs are text runs separated by
``<br />``, ``[B]`` is ``<b>``, ``[LIST]`` ``<ul>/<ol>``, ``[TABLE]`` ``div.cms_table``,
``[CENTER]``/``[RIGHT]`` divs, ``[ATTACH]`` a thumbnail linked to the full photo, ``[IMG]`` an
``img.cms_article_image``; a caption is the centred italic line under the photo), then "Thẻ:"
tag links, "Đánh giá bài viết" stars, "Lượt xem", the "Bình luận" block (comments of the
article: postbits, five a page, a pagenav to ``/view/2``, a link to the forum thread), and
"Bài viết liên quan" (id-only links). The breadcrumb reads Trang chủ › Tin tức ›
"Chuyên mục: <section>" › <title>.

Dates are vB's: ``12-11-2026, 08:30 AM`` (day-month-year, 12-hour clock); what fell today or
yesterday prints as ``Hôm nay, 07:15 AM`` / ``Hôm qua, 04:20 PM`` (today is TODAY of _common:
25/11/2026). Lists print the day only (``12-11-2026``, ``Hôm nay``).

Traps
-----
- The comments thread of every article (``showthread.php?t=…`` in forum f=4, linked from the
  article's comment block, the forum lists, "Bài viết mới trên diễn đàn", the RSS feed): its
  first post repeats the article's full text under the article's title, posted by the same
  account, with the readers' comments as replies. It is a forum thread, not an article of the
  site; neither are its ``&page=2``, its ``p=`` permalinks and its ``goto=newpost`` redirect.
- ``s=`` session ids in links (first page of a cookie-less visit, and any page asked with one).
- The id-only twin ``content.php?r=187`` and the comment pages ``…/view/2``: the same article
  (listed as ``alt_paths``).
- Forum lists, member pages, the member list, search results with ever new ids, the lost-password
  and register forms, tag pages: not articles.
- Relative dates (``Hôm nay``, ``Hôm qua``) on the two newest posts, and on comments.
- The header clock (TODAY), the footer's "Bây giờ là 08:05 AM", comment dates: never the
  article's date.
- Old text migrated from the vB3 (latin-1) forum keeps numeric character references in one
  paragraph of article 183; the title and one paragraph of article 190 were pasted in
  decomposed Unicode.

Gold decisions
--------------
- Title: the ``h1.article_title`` (NFC). Date: the article's own "Đăng bởi … • <date>" line,
  read day first with AM/PM; "Hôm nay/Hôm qua" mean 25/11 and 24/11/2026. Category: the section
  the breadcrumb names ("Chuyên mục: Tin hoạt động" → "Tin hoạt động").
- The posting account (bientap01, bientap02, admin) credits nobody. Authors come from the byline
  in the text: "Tin: ThS. Lê Văn Hòa - Khoa Lý luận cơ sở" → Lê Văn Hòa; "Bài và ảnh: Phòng Đào
  tạo" → Phòng Đào tạo as author and photographer; "Tin, ảnh: X" → X both; "Tin: X - Ảnh: Y";
  a right-aligned bold name (with the writer's unit in italics under it: not part of the name);
  a notice signed by the office alone → that office. Notices without a signature: no author.
  "Nguồn: Báo Hà Tĩnh" is the source (article 179; its writer "Thu Hà" signs above it).
- Summary: a bold lead paragraph (179, 187) or the bold-italic abstract of an essay (183) is the
  sapo and the body's first paragraph; elsewhere None.
- Body: the paragraphs, list items, bold numbered headings and table rows (cells " | "); no
  caption lines, bylines, source line, attachment box, tags, stars, comments, related list.
- Images: the inline photos in order, at the address the page shows (the attachment thumbnail
  ``attachment.php?attachmentid=N&d=…&thumb=1``, or the ``[IMG]`` address on baohatinh.vn);
  caption = the centred italic line under it, None where there is none.

Article by article (id, section, printed date → gold; byline → authors / photographers):
- 196 Tin hoạt động, "Hôm nay, 07:15 AM" → 2026-11-25T07:15; "Tin, ảnh: Đặng Quốc Việt
  (Phòng Tổ chức - Hành chính)" → Đặng Quốc Việt both (the unit in brackets is not a name);
  one captioned photo.
- 194 Thông báo, "Hôm qua, 04:20 PM" → 2026-11-24T16:20; a two-paragraph notice, no byline.
- 192 Tin hoạt động, 20-11-2026 09:45 AM; "Tin, ảnh: Nguyễn Thị Hằng"; three captioned photos;
  seven comments (``/view/2``).
- 190 Tin hoạt động, 17-11-2026 02:30 PM; title and one paragraph in NFD (gold NFC); "Tin:
  Hoàng Minh Đức - Ảnh: Hải Yến"; three photos, the last without a line (caption None); six
  comments (``/view/2``).
- 189 Thông báo, 16-11-2026 10:10 AM; a timetable (header row + four rows) between two
  paragraphs; signed "Phòng Đào tạo" alone → author Phòng Đào tạo.
- 187 Tin hoạt động, 12-11-2026 08:30 AM; bold lead = summary; two captioned photos; right
  bold "Trần Thị Mai"; twelve comments (``/view/2``, ``/view/3``; its thread has ``&page=2``).
- 185 Tin hoạt động, 05-11-2026 02:15 PM; one photo without caption; "Tin: ThS. Lê Văn Hòa -
  Khoa Lý luận cơ sở" → Lê Văn Hòa.
- 183 Nghiên cứu - Trao đổi, 22-10-2026 08:00 AM; the long essay: bold-italic abstract =
  summary, bold numbered headings (1. … 3.3. … 4.), a four-column table, one paragraph in
  numeric references; signed "TS. Nguyễn Đình Lợi" with his post in italics → Nguyễn Đình Lợi.
- 181 Thông báo, 16-10-2026 04:45 PM; two lines, no byline.
- 179 Tin hoạt động, 02-10-2026 10:40 AM; bold lead = summary; one ``[IMG]`` photo hot-linked
  from img.baohatinh.vn with its caption; "Thu Hà" then "Nguồn: Báo Hà Tĩnh" → author Thu Hà,
  source Báo Hà Tĩnh.
- 176 Tin hoạt động, 23-09-2026 09:20 AM; two captioned photos; "Bài và ảnh: Phòng Đào tạo".
- 174 Thông báo, 14-09-2026 03:05 PM; headings and bullet lists; the PDF in the "Tệp đính kèm"
  box is not text (its last sentence "Chi tiết xem tại văn bản đính kèm." is); no byline.
- 171 Nghiên cứu - Trao đổi, 05-09-2026 10:00 AM; a bullet list; signed "ThS. Phan Thị Thu Hà"
  over "Khoa Xây dựng Đảng" → Phan Thị Thu Hà.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "vbulletin_cms_tct"
PLATFORM = "vBulletin 4.2 Suite (vBCMS + forum)"
START_PATH = "/"

SITE = "Trường Chính trị Trần Phú"
SITE_LONG = "Trường Chính trị Trần Phú tỉnh Hà Tĩnh"
ADDRESS = "Số 98, đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh"
PHONE = "0239.3855.216"

#: the day vB calls "Hôm nay" (TODAY in _common: Thứ Tư, ngày 25/11/2026)
NOW = datetime(2026, 11, 25, 8, 5)

SECTIONS = {
    1: ("Tin-tuc", "Tin tức"),
    3: ("Tin-hoat-dong", "Tin hoạt động"),
    4: ("Thong-bao", "Thông báo"),
    5: ("Nghien-cuu-Trao-doi", "Nghiên cứu - Trao đổi"),
}
SECTION_PER_PAGE = 3
FRONT_PER_PAGE = 5
COMMENTS_PER_PAGE = 5
POSTS_PER_PAGE = 10
THREADS_PER_PAGE = 10


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    title: str
    joined: str
    posts: int


MEMBERS = {
    m.id: m
    for m in [
        Member(1, "admin", "Quản trị viên", "02-03-2013", 1538),
        Member(12, "bientap01", "Biên tập viên", "15-03-2013", 864),
        Member(15, "bientap02", "Biên tập viên", "09-09-2016", 402),
        Member(27, "hocvien_k68", "Thành viên", "12-01-2026", 37),
        Member(31, "ngocanh_k70", "Thành viên", "20-03-2026", 58),
        Member(34, "lethanhtung", "Thành viên tích cực", "05-11-2019", 311),
        Member(38, "phamhuong.k70", "Thành viên", "21-03-2026", 24),
        Member(41, "dinhvanhai", "Thành viên", "14-10-2024", 96),
        Member(45, "hocvien_k71", "Thành viên mới", "13-10-2026", 6),
    ]
}
COMMENTERS = [27, 31, 34, 38, 41, 45]


# --- the articles ----------------------------------------------------------------------------
# P.style flags (space separated): lead (bold line), abstract (bold italic), h (bold heading
# line), ul / ol (list item), th / tr (table row, cells split on " | "), ent (numeric character
# references, text migrated from the latin-1 vB3 forum), nfd (pasted in decomposed Unicode).
# Img.style: "attach" ([ATTACH] thumbnail linked to the full photo) or "img" ([IMG]).
# opts: account (member id), printed (the date line), listed (the list's date), dt (for the
# comment times), thread (forum thread id), comments (how many), tags, title_nfd.


def _right(inner: str) -> Raw:
    return Raw(f'<div style="text-align: right;">{inner}</div>')


def _att(n: int, d: int, line: str | None = None) -> Img:
    """An [ATTACH] photo; its centred italic line, when there is one, is what a reader calls its
    caption (every line printed under a photo here is a real caption)."""
    return Img(f"attachment.php?attachmentid={n}&d={d}&thumb=1", line, line, "attach")


def _opts(account, printed, listed, dt, thread, comments, tags, **more) -> dict:
    """The portal's knobs of a story: the posting account, the date as printed on the article and
    on lists, the moment (comment times hang on it), its forum thread, how many comments, tags."""
    return {
        "account": account,
        "printed": printed,
        "listed": listed,
        "dt": dt,
        "thread": thread,
        "comments": comments,
        "tags": tags,
        **more,
    }


A171 = Story(
    171,
    "Van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
    "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị",
    "Nghiên cứu - Trao đổi",
    "2026-09-05T10:00:00+07:00",
    [
        P(
            "Đổi mới phương pháp dạy học là yêu cầu thường xuyên của các trường chính trị tỉnh. "
            "Thực tế cho thấy, cách giảng thuyết trình một chiều vẫn còn phổ biến, học viên ít có "
            "cơ hội trao đổi, liên hệ với thực tiễn công tác ở cơ sở."
        ),
        P(
            "Phương pháp dạy học tích cực đặt người học vào vị trí trung tâm. Giảng viên đóng vai "
            "trò tổ chức, hướng dẫn; học viên là cán bộ đã có kinh nghiệm thực tiễn nên có thể vừa "
            "học, vừa chia sẻ, vừa tự giải quyết những tình huống đặt ra trong bài giảng."
        ),
        P("Một số phương pháp có thể vận dụng hiệu quả gồm:"),
        P(
            "Phương pháp nêu vấn đề: giảng viên đặt câu hỏi gắn với tình hình địa phương để học "
            "viên thảo luận;",
            "ul",
        ),
        P(
            "Phương pháp tình huống: xây dựng tình huống từ những vụ việc có thật ở xã, phường;",
            "ul",
        ),
        P(
            "Phương pháp làm việc nhóm: chia lớp thành các nhóm nhỏ, mỗi nhóm trình bày một nội "
            "dung rồi cả lớp cùng nhận xét;",
            "ul",
        ),
        P("Phương pháp sử dụng sơ đồ tư duy giúp hệ thống hóa kiến thức sau mỗi chuyên đề.", "ul"),
        P(
            "Để vận dụng thành công, mỗi giảng viên cần đầu tư thời gian chuẩn bị bài giảng, "
            "thường xuyên đi thực tế cơ sở và tích cực ứng dụng công nghệ thông tin. Nhà trường cần "
            "tiếp tục tạo điều kiện về cơ sở vật chất, phòng học thông minh và tăng cường dự giờ, "
            "rút kinh nghiệm giữa các khoa."
        ),
        _right("<b>ThS. Phan Thị Thu Hà</b><br />\n<i>Khoa Xây dựng Đảng</i>"),
    ],
    authors=["Phan Thị Thu Hà"],
    opts=_opts(
        15,
        "05-09-2026, 10:00 AM",
        "05-09-2026",
        datetime(2026, 9, 5, 10, 0),
        5041,
        2,
        ["phương pháp dạy học", "giảng viên"],
    ),
)

B174 = Story(
    174,
    "Thong-bao-tuyen-sinh-lop-Trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-2026-2027",
    "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026 - 2027",
    "Thông báo",
    "2026-09-14T15:05:00+07:00",
    [
        P(
            "Thực hiện Kế hoạch đào tạo năm 2026 của Ban Thường vụ Tỉnh ủy, Trường Chính trị Trần "
            "Phú thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026 - 2027 "
            "như sau:"
        ),
        P("1. Đối tượng và điều kiện", "h"),
        P("Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý;", "ul"),
        P("Có trình độ chuyên môn từ trung cấp trở lên;", "ul"),
        P("Đủ sức khỏe để tham gia khóa học.", "ul"),
        P("2. Hồ sơ và thời gian", "h"),
        P(
            "Hồ sơ gồm công văn cử đi học của cơ quan, đơn vị và danh sách trích ngang. Các đơn vị "
            "gửi hồ sơ về Phòng Đào tạo trước ngày 30/9/2026. Dự kiến khai giảng ngày 12/10/2026."
        ),
        P("Chi tiết xem tại văn bản đính kèm."),
    ],
    opts=_opts(
        1,
        "14-09-2026, 03:05 PM",
        "14-09-2026",
        datetime(2026, 9, 14, 15, 5),
        5048,
        3,
        ["tuyển sinh", "trung cấp lý luận chính trị"],
        files=[(352, 1789372800, "TB-tuyen-sinh-TCLLCT-K71.pdf", "312,4 KB", 58)],
    ),
)

C176 = Story(
    176,
    "Be-giang-lop-Trung-cap-ly-luan-chinh-tri-K68-he-tap-trung",
    "Bế giảng lớp Trung cấp lý luận chính trị K68 hệ tập trung",
    "Tin hoạt động",
    "2026-09-23T09:20:00+07:00",
    [
        P(
            "Sáng 22/9, Trường Chính trị Trần Phú tổ chức Lễ bế giảng và trao bằng tốt nghiệp cho "
            "96 học viên lớp Trung cấp lý luận chính trị K68 hệ tập trung."
        ),
        P(
            "Sau 8 tháng học tập, các học viên đã hoàn thành chương trình gồm 4 phần học với 18 học "
            "phần, đi nghiên cứu thực tế tại xã Thạch Lạc và làm bài thi tốt nghiệp. Kết quả, 100% "
            "học viên đủ điều kiện tốt nghiệp, trong đó có 21 học viên đạt loại giỏi, 70 học viên "
            "đạt loại khá, 5 học viên đạt loại trung bình."
        ),
        _att(
            361, 1790129340, "Đồng chí Hiệu trưởng Nhà trường trao bằng tốt nghiệp cho các học viên"
        ),
        P(
            "Phát biểu bế giảng, đồng chí Hiệu trưởng ghi nhận tinh thần học tập nghiêm túc của tập "
            "thể lớp và đề nghị mỗi học viên tiếp tục vận dụng những kiến thức đã học vào thực tiễn "
            "công tác tại cơ quan, đơn vị."
        ),
        _att(362, 1790129352, "Các học viên đạt thành tích xuất sắc nhận giấy khen"),
        _right("<b>Bài và ảnh: Phòng Đào tạo</b>"),
    ],
    authors=["Phòng Đào tạo"],
    photographers=["Phòng Đào tạo"],
    opts=_opts(
        12,
        "23-09-2026, 09:20 AM",
        "23-09-2026",
        datetime(2026, 9, 23, 9, 20),
        5056,
        3,
        ["bế giảng", "trung cấp lý luận chính trị"],
    ),
)

D179 = Story(
    179,
    "Doan-cong-tac-Ban-Tuyen-giao-va-Dan-van-Tinh-uy-lam-viec-voi-Truong-Chinh-tri-Tran-Phu",
    "Đoàn công tác Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Trường Chính trị Trần Phú",
    "Tin hoạt động",
    "2026-10-02T10:40:00+07:00",
    [
        P(
            "Chiều 1/10, đoàn công tác Ban Tuyên giáo và Dân vận Tỉnh ủy do đồng chí Phó Trưởng ban "
            "làm trưởng đoàn đã làm việc với Trường Chính trị Trần Phú về công tác giáo dục lý luận "
            "chính trị 9 tháng đầu năm 2026.",
            "lead",
        ),
        Img(
            "https://img.baohatinh.vn/uploaded/2026/10/01/lam-viec-truong-chinh-tri-1.jpg",
            "Quang cảnh buổi làm việc.",
            "Quang cảnh buổi làm việc.",
            "img",
        ),
        P(
            "Báo cáo tại buổi làm việc cho biết, 9 tháng đầu năm, Nhà trường đã mở 24 lớp với hơn "
            "2.100 học viên, trong đó có 6 lớp trung cấp lý luận chính trị, 18 lớp bồi dưỡng cán bộ "
            "lãnh đạo, quản lý và bồi dưỡng theo chức danh. Công tác nghiên cứu khoa học, đi thực "
            "tế của giảng viên được chú trọng."
        ),
        P(
            "Nhà trường cũng kiến nghị tỉnh quan tâm đầu tư nâng cấp ký túc xá, hệ thống phòng học "
            "trực tuyến phục vụ đào tạo, bồi dưỡng sau khi sắp xếp đơn vị hành chính."
        ),
        P(
            "Kết luận buổi làm việc, đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị "
            "Nhà trường tiếp tục đổi mới nội dung, chương trình, gắn lý luận với thực tiễn; chú "
            "trọng bồi dưỡng cán bộ cấp xã sau khi vận hành chính quyền địa phương hai cấp."
        ),
        _right("<b>Thu Hà</b>"),
        Raw(
            '<i>Nguồn: <a href="https://baohatinh.vn/giao-duc/doan-cong-tac-ban-tuyen-giao-va-dan'
            '-van-tinh-uy-lam-viec-voi-truong-chinh-tri-tran-phu-post312874.html" target="_blank">'
            "Báo Hà Tĩnh</a></i>"
        ),
    ],
    authors=["Thu Hà"],
    source="Báo Hà Tĩnh",
    summary=(
        "Chiều 1/10, đoàn công tác Ban Tuyên giáo và Dân vận Tỉnh ủy do đồng chí Phó Trưởng ban "
        "làm trưởng đoàn đã làm việc với Trường Chính trị Trần Phú về công tác giáo dục lý luận "
        "chính trị 9 tháng đầu năm 2026."
    ),
    opts=_opts(
        12,
        "02-10-2026, 10:40 AM",
        "02-10-2026",
        datetime(2026, 10, 2, 10, 40),
        5063,
        1,
        ["làm việc", "Ban Tuyên giáo và Dân vận"],
    ),
)

E181 = Story(
    181,
    "Thong-bao-tam-ngung-phuc-vu-ban-doc-tai-Thu-vien",
    "Thông báo tạm ngừng phục vụ bạn đọc tại Thư viện",
    "Thông báo",
    "2026-10-16T16:45:00+07:00",
    [
        P(
            "Để kiểm kê tài liệu định kỳ, Thư viện Nhà trường tạm ngừng phục vụ bạn đọc từ ngày "
            "19/10 đến hết ngày 23/10/2026."
        ),
        P(
            "Học viên có nhu cầu mượn, trả tài liệu xin vui lòng liên hệ trước ngày 17/10/2026. Thư "
            "viện trân trọng thông báo!"
        ),
    ],
    opts=_opts(
        15,
        "16-10-2026, 04:45 PM",
        "16-10-2026",
        datetime(2026, 10, 16, 16, 45),
        5070,
        0,
        ["thư viện"],
    ),
)

_F183_ABSTRACT = (
    "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch là "
    "nhiệm vụ quan trọng, thường xuyên của toàn Đảng, toàn dân. Với chức năng đào tạo, bồi dưỡng "
    "cán bộ, đội ngũ giảng viên trường chính trị tỉnh có vai trò đặc biệt trong nhiệm vụ này."
)

F183 = Story(
    183,
    "Phat-huy-vai-tro-cua-doi-ngu-giang-vien-truong-chinh-tri-tinh-trong-bao-ve-nen-tang-tu-tuong"
    "-cua-Dang",
    "Phát huy vai trò của đội ngũ giảng viên trường chính trị tỉnh trong bảo vệ nền tảng tư tưởng "
    "của Đảng",
    "Nghiên cứu - Trao đổi",
    "2026-10-22T08:00:00+07:00",
    [
        P(_F183_ABSTRACT, "abstract"),
        P(
            "1. Vai trò của giảng viên trường chính trị trong bảo vệ nền tảng tư tưởng của Đảng",
            "h",
        ),
        P(
            "Trước hết, giảng viên là người trực tiếp truyền thụ chủ nghĩa Mác - Lênin, tư tưởng "
            "Hồ Chí Minh, đường lối của Đảng cho đội ngũ cán bộ chủ chốt ở cơ sở. Mỗi bài giảng có "
            "chất lượng là một lần củng cố niềm tin của học viên vào con đường mà Đảng và nhân dân "
            "ta đã lựa chọn."
        ),
        P(
            "Thứ hai, thông qua hoạt động nghiên cứu khoa học, đi thực tế, giảng viên nắm bắt tâm "
            "tư, nhận thức của cán bộ, đảng viên ở địa phương, từ đó kịp thời định hướng, giải đáp "
            "những vấn đề mà học viên còn băn khoăn.",
            "ent",
        ),
        P(
            "Thứ ba, giảng viên trực tiếp tham gia viết bài đấu tranh phản bác các quan điểm sai "
            "trái trên báo chí, mạng xã hội, góp phần lan tỏa thông tin tích cực."
        ),
        P("2. Thực trạng tham gia của giảng viên Trường Chính trị Trần Phú", "h"),
        P(
            "Giai đoạn 2021 - 2026, đội ngũ giảng viên Nhà trường đã tích cực tham gia công tác bảo "
            "vệ nền tảng tư tưởng của Đảng. Kết quả ba năm gần đây được tổng hợp trong bảng sau:"
        ),
        P("Nội dung | Năm 2024 | Năm 2025 | Năm 2026", "th"),
        P("Số bài viết đăng báo, tạp chí | 18 | 24 | 31", "tr"),
        P("Số bài viết trên trang thông tin điện tử của Trường | 42 | 55 | 63", "tr"),
        P("Số giảng viên tham gia Ban Chỉ đạo 35 các cấp | 5 | 6 | 6", "tr"),
        P("Số đề tài khoa học liên quan | 1 | 2 | 2", "tr"),
        P(
            "Tuy vậy, số giảng viên trẻ tham gia viết bài còn ít; một số bài viết chưa sắc bén, "
            "chưa bám sát những vấn đề nóng ở địa phương; kỹ năng sử dụng mạng xã hội của một bộ "
            "phận giảng viên còn hạn chế."
        ),
        P("3. Một số giải pháp", "h"),
        P("3.1. Nâng cao nhận thức, trách nhiệm của giảng viên", "h"),
        P(
            "Cấp ủy, lãnh đạo Nhà trường cần thường xuyên quán triệt để mỗi giảng viên xác định bảo "
            "vệ nền tảng tư tưởng của Đảng vừa là nhiệm vụ chính trị, vừa là trách nhiệm nghề "
            "nghiệp của mình."
        ),
        P("3.2. Đổi mới nội dung, phương pháp giảng dạy", "h"),
        P(
            "Lồng ghép nội dung đấu tranh phản bác quan điểm sai trái vào từng bài giảng phù hợp; "
            "sử dụng các tình huống thực tế ở Hà Tĩnh để phân tích, giúp học viên nhận diện những "
            "luận điệu xuyên tạc."
        ),
        P("3.3. Bồi dưỡng kỹ năng viết và sử dụng mạng xã hội", "h"),
        P(
            "Tổ chức các lớp tập huấn kỹ năng viết bài chính luận, kỹ năng tham gia mạng xã hội; có "
            "cơ chế khuyến khích, khen thưởng kịp thời giảng viên có bài viết chất lượng."
        ),
        P("4. Kết luận", "h"),
        P(
            "Phát huy vai trò của đội ngũ giảng viên trong bảo vệ nền tảng tư tưởng của Đảng là yêu "
            "cầu cấp thiết, góp phần nâng cao chất lượng đào tạo, bồi dưỡng cán bộ của Trường Chính "
            "trị Trần Phú trong giai đoạn mới."
        ),
        _right(
            "<b>TS. Nguyễn Đình Lợi</b><br />\n<i>Phó Hiệu trưởng Trường Chính trị Trần Phú</i>"
        ),
    ],
    authors=["Nguyễn Đình Lợi"],
    summary=_F183_ABSTRACT,
    opts=_opts(
        15,
        "22-10-2026, 08:00 AM",
        "22-10-2026",
        datetime(2026, 10, 22, 8, 0),
        5077,
        4,
        ["bảo vệ nền tảng tư tưởng", "giảng viên"],
    ),
)

G185 = Story(
    185,
    "Chi-bo-Khoa-Ly-luan-co-so-sinh-hoat-chuyen-de-quy-IV-nam-2026",
    "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
    "Tin hoạt động",
    "2026-11-05T14:15:00+07:00",
    [
        P(
            "Chiều 4/11, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
            "“Nâng cao đạo đức, trách nhiệm nêu gương của đảng viên là giảng viên”."
        ),
        _att(371, 1793862610),
        P(
            "Tại buổi sinh hoạt, các đảng viên đã thảo luận sôi nổi, làm rõ những biểu hiện thiếu "
            "nêu gương cần khắc phục và đề ra các giải pháp thiết thực gắn với nhiệm vụ giảng dạy, "
            "nghiên cứu khoa học của Khoa."
        ),
        _right("<i>Tin: ThS. Lê Văn Hòa - Khoa Lý luận cơ sở</i>"),
    ],
    authors=["Lê Văn Hòa"],
    opts=_opts(
        12,
        "05-11-2026, 02:15 PM",
        "05-11-2026",
        datetime(2026, 11, 5, 14, 15),
        5088,
        2,
        ["chi bộ", "sinh hoạt chuyên đề"],
    ),
)

_H187_LEAD = (
    "Sáng 11/11, Công đoàn cơ sở Trường Chính trị Trần Phú tổ chức Hội nghị tổng kết công tác công "
    "đoàn năm 2026, triển khai phương hướng, nhiệm vụ năm 2027."
)

H187 = Story(
    187,
    "Hoi-nghi-tong-ket-cong-tac-nam-2026-cua-Cong-doan-co-so",
    "Hội nghị tổng kết công tác năm 2026 của Công đoàn cơ sở",
    "Tin hoạt động",
    "2026-11-12T08:30:00+07:00",
    [
        P(_H187_LEAD, "lead"),
        P(
            "Năm 2026, Công đoàn cơ sở đã phối hợp với chính quyền chăm lo tốt đời sống, bảo vệ "
            "quyền lợi hợp pháp của 68 đoàn viên; tổ chức thành công các hoạt động chào mừng ngày "
            "lễ lớn, hội thao, thăm hỏi đoàn viên ốm đau và hoàn cảnh khó khăn với tổng số tiền hơn "
            "45 triệu đồng."
        ),
        _att(381, 1794446700, "Đồng chí Chủ tịch Công đoàn cơ sở trình bày báo cáo tổng kết"),
        P(
            "Phong trào thi đua “Giỏi việc trường, đảm việc nhà” được đông đảo nữ đoàn viên hưởng "
            "ứng; 100% đoàn viên hoàn thành tốt nhiệm vụ, không có đoàn viên vi phạm kỷ luật."
        ),
        P(
            "Năm 2027, Công đoàn cơ sở đặt mục tiêu tiếp tục đổi mới nội dung, phương thức hoạt "
            "động, hướng mạnh về cơ sở; phấn đấu đạt danh hiệu Công đoàn cơ sở vững mạnh xuất sắc."
        ),
        _att(382, 1794446712, "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2026"),
        P(
            "Dịp này, Công đoàn Giáo dục tỉnh đã tặng Giấy khen cho 2 tập thể và 5 cá nhân có thành "
            "tích xuất sắc trong hoạt động công đoàn năm 2026."
        ),
        _right("<b>Trần Thị Mai</b>"),
    ],
    authors=["Trần Thị Mai"],
    summary=_H187_LEAD,
    opts=_opts(
        12,
        "12-11-2026, 08:30 AM",
        "12-11-2026",
        datetime(2026, 11, 12, 8, 30),
        5096,
        12,
        ["hội nghị", "tổng kết", "công đoàn"],
    ),
)

I189 = Story(
    189,
    "Thong-bao-lich-hoc-lop-Boi-duong-can-bo-lanh-dao-quan-ly-cap-xa-thang-12-2026",
    "Thông báo lịch học lớp Bồi dưỡng cán bộ lãnh đạo, quản lý cấp xã tháng 12/2026",
    "Thông báo",
    "2026-11-16T10:10:00+07:00",
    [
        P(
            "Phòng Đào tạo thông báo lịch học lớp Bồi dưỡng cán bộ lãnh đạo, quản lý cấp xã (đợt 2) "
            "như sau:"
        ),
        P("Ngày | Nội dung | Giảng viên", "th"),
        P(
            "01/12/2026 | Khai giảng; Chuyên đề 1: Quản lý nhà nước ở cấp xã | ThS. Lê Văn Hòa",
            "tr",
        ),
        P("02/12/2026 | Chuyên đề 2: Kỹ năng lãnh đạo, quản lý | TS. Nguyễn Đình Lợi", "tr"),
        P(
            "03/12/2026 | Chuyên đề 3: Chuyển đổi số trong hoạt động của chính quyền cơ sở | ThS. "
            "Võ Thị Lan",
            "tr",
        ),
        P("04/12/2026 | Viết thu hoạch; Bế giảng | Phòng Đào tạo", "tr"),
        P(
            "Địa điểm: Hội trường A, Trường Chính trị Trần Phú. Học viên có mặt lúc 7 giờ 30 phút "
            "ngày 01/12/2026 để làm thủ tục nhập học."
        ),
        _right("<b>Phòng Đào tạo</b>"),
    ],
    authors=["Phòng Đào tạo"],
    opts=_opts(
        1,
        "16-11-2026, 10:10 AM",
        "16-11-2026",
        datetime(2026, 11, 16, 10, 10),
        5103,
        1,
        ["lịch học", "bồi dưỡng"],
    ),
)

_J190_TITLE = (
    "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn "
    "địa phương”"
)

J190 = Story(
    190,
    "Hoi-thao-khoa-hoc-Nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien-dia"
    "-phuong",
    _J190_TITLE,
    "Tin hoạt động",
    "2026-11-17T14:30:00+07:00",
    [
        P(
            "Ngày 17/11, Trường Chính trị Trần Phú tổ chức Hội thảo khoa học “Nâng cao chất lượng "
            "giảng dạy lý luận chính trị gắn với thực tiễn địa phương”. Tham dự có đại diện lãnh đạo "
            "Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ cùng toàn thể cán bộ, giảng viên Nhà "
            "trường."
        ),
        _att(391, 1794900120, "Quang cảnh Hội thảo"),
        P(
            "Hội thảo nhận được 26 tham luận của giảng viên Nhà trường và cán bộ các sở, ngành. Các "
            "ý kiến tập trung phân tích thực trạng, chỉ ra những hạn chế trong việc gắn bài giảng "
            "với thực tiễn Hà Tĩnh như: tư liệu thực tế chưa được cập nhật thường xuyên, việc đi "
            "thực tế của giảng viên có lúc còn mang tính hình thức.",
            "nfd",
        ),
        _att(392, 1794900135, "ThS. Võ Thị Lan, Khoa Nhà nước và pháp luật trình bày tham luận"),
        P(
            "Nhiều giải pháp được đề xuất như: xây dựng ngân hàng tình huống thực tiễn của tỉnh; "
            "tăng cường mời báo cáo viên là lãnh đạo các sở, ngành, địa phương tham gia giảng dạy; "
            "đổi mới kiểm tra, đánh giá theo hướng vận dụng."
        ),
        _att(393, 1794900151),
        P(
            "Phát biểu kết luận, đồng chí Hiệu trưởng Nhà trường đánh giá cao chất lượng các tham "
            "luận và giao các khoa, phòng tiếp thu, xây dựng kế hoạch triển khai các giải pháp ngay "
            "từ năm học 2026 - 2027."
        ),
        _right("<b>Tin: Hoàng Minh Đức - Ảnh: Hải Yến</b>"),
    ],
    authors=["Hoàng Minh Đức"],
    photographers=["Hải Yến"],
    opts=_opts(
        12,
        "17-11-2026, 02:30 PM",
        "17-11-2026",
        datetime(2026, 11, 17, 14, 30),
        5110,
        6,
        ["hội thảo", "nghiên cứu khoa học"],
        title_nfd=True,
    ),
)

K192 = Story(
    192,
    "Le-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam-20-11-1982-20-11-2026",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "Tin hoạt động",
    "2026-11-20T09:45:00+07:00",
    [
        P(
            "Sáng 19/11, Trường Chính trị Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026). Dự buổi lễ có các đồng chí nguyên lãnh đạo "
            "Nhà trường qua các thời kỳ, đại diện các lớp học viên đang học tập tại Trường."
        ),
        _att(401, 1795142400, "Các đại biểu dự Lễ kỷ niệm"),
        P(
            "Ôn lại truyền thống vẻ vang của ngày Nhà giáo Việt Nam, diễn văn tại buổi lễ khẳng "
            "định: trong năm học vừa qua, tập thể cán bộ, giảng viên Nhà trường đã nỗ lực vượt qua "
            "khó khăn, hoàn thành xuất sắc nhiệm vụ đào tạo, bồi dưỡng gần 3.000 lượt cán bộ, đảng "
            "viên; có 4 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp tỉnh."
        ),
        P(
            "Trong không khí phấn khởi, các lớp học viên đã gửi tặng những bó hoa tươi thắm, những "
            "lời tri ân sâu sắc tới các thầy, cô giáo."
        ),
        _att(
            402,
            1795142416,
            "Học viên lớp Trung cấp lý luận chính trị K70 tặng hoa chúc mừng các thầy, cô giáo",
        ),
        _att(403, 1795142431, "Văn nghệ chào mừng"),
        P(
            "Dịp này, Nhà trường trao Giấy khen cho 6 tập thể và 15 cá nhân có thành tích xuất sắc "
            "trong phong trào thi đua chào mừng ngày 20/11."
        ),
        _right("<b>Tin, ảnh: Nguyễn Thị Hằng</b>"),
    ],
    authors=["Nguyễn Thị Hằng"],
    photographers=["Nguyễn Thị Hằng"],
    opts=_opts(
        15,
        "20-11-2026, 09:45 AM",
        "20-11-2026",
        datetime(2026, 11, 20, 9, 45),
        5117,
        7,
        ["20/11", "nhà giáo"],
    ),
)

L194 = Story(
    194,
    "Thong-bao-lich-thi-het-hoc-phan-Phan-III-lop-Trung-cap-ly-luan-chinh-tri-K70",
    "Thông báo lịch thi hết học phần Phần III lớp Trung cấp lý luận chính trị K70",
    "Thông báo",
    "2026-11-24T16:20:00+07:00",
    [
        P(
            "Lớp Trung cấp lý luận chính trị K70 thi hết học phần Phần III vào sáng thứ Bảy, ngày "
            "28/11/2026, tại phòng học số 3, nhà B."
        ),
        P(
            "Học viên có mặt trước giờ thi 15 phút, mang theo thẻ học viên. Danh sách phòng thi xem "
            "tại bảng tin của Nhà trường."
        ),
    ],
    opts=_opts(
        15,
        "Hôm qua, 04:20 PM",
        "Hôm qua",
        datetime(2026, 11, 24, 16, 20),
        5121,
        0,
        ["lịch thi", "K70"],
    ),
)

M196 = Story(
    196,
    "Khai-giang-lop-Boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
    "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    "Tin hoạt động",
    "2026-11-25T07:15:00+07:00",
    [
        P(
            "Sáng 24/11, Trường Chính trị Trần Phú phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng "
            "lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        _att(411, 1795565400, "Đại biểu cắt băng khai giảng lớp học"),
        P(
            "Lớp học có 112 học viên là cán bộ, công chức các xã, phường trên địa bàn tỉnh. Trong "
            "thời gian 5 ngày, học viên được nghiên cứu các chuyên đề về quan điểm, đường lối của "
            "Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh; công tác quốc phòng ở "
            "cơ sở; thực hành bắn súng tiểu liên AK."
        ),
        _right("<b>Tin, ảnh: Đặng Quốc Việt</b> <i>(Phòng Tổ chức - Hành chính)</i>"),
    ],
    authors=["Đặng Quốc Việt"],
    photographers=["Đặng Quốc Việt"],
    opts=_opts(
        12,
        "Hôm nay, 07:15 AM",
        "Hôm nay",
        datetime(2026, 11, 25, 7, 15),
        5123,
        0,
        ["quốc phòng an ninh", "khai giảng"],
    ),
)

#: newest first, as every list prints them
STORIES = [M196, L194, K192, J190, I189, H187, G185, F183, E181, D179, C176, B174, A171]
BY_ID = {s.id: s for s in STORIES}
SECTION_OF = {"Tin hoạt động": 3, "Thông báo": 4, "Nghiên cứu - Trao đổi": 5}


def _path(story: Story) -> str:
    return f"/content.php?r={story.id}-{story.slug}"


def _comment_pages(story: Story) -> int:
    return max(1, -(-story.opts["comments"] // COMMENTS_PER_PAGE))


GOLD = [
    gold_record(
        story,
        _path(story),
        story.cat,
        alt_paths=[
            f"/content.php?r={story.id}",
            *(f"{_path(story)}/view/{n}" for n in range(2, _comment_pages(story) + 1)),
        ],
    )
    for story in STORIES
]

# --- CMS static pages (not articles) ---------------------------------------------------------

STATIC_PAGES = {
    8: (
        "Gioi-thieu",
        "Giới thiệu",
        """<b>TRƯỜNG CHÍNH TRỊ TRẦN PHÚ TỈNH HÀ TĨNH</b><br />
<br />
Trường Chính trị Trần Phú tỉnh Hà Tĩnh là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy, có chức
năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ, đảng viên, đội ngũ cán bộ chủ
chốt ở cơ sở; nghiên cứu khoa học lý luận chính trị, tổng kết thực tiễn ở địa phương.<br />
<br />
<b>Cơ cấu tổ chức</b><br />
<ul><li style="">Ban Giám hiệu</li><li style="">Phòng Tổ chức - Hành chính</li><li style="">Phòng
Đào tạo</li><li style="">Khoa Lý luận cơ sở</li><li style="">Khoa Xây dựng Đảng</li><li
style="">Khoa Nhà nước và pháp luật</li><li style="">Khoa Dân vận</li></ul>
<b>Địa chỉ liên hệ:</b> {address}. Điện thoại: {phone}.""",
    ),
    9: (
        "Lich-hoc-cac-lop",
        "Lịch học các lớp",
        """<div style="text-align: center;"><b>LỊCH HỌC CÁC LỚP TẬP TRUNG</b><br />
<i>(Cập nhật hằng tuần)</i></div>
<div class="cms_table"><table width="100%" class="cms_table_grid">
<tr valign="top" class="cms_table_grid_tr"><td class="cms_table_grid_td"><b>Lớp</b></td><td
class="cms_table_grid_td"><b>Học phần</b></td><td class="cms_table_grid_td"><b>Phòng</b></td><td
class="cms_table_grid_td"><b>Giảng viên</b></td></tr>
<tr valign="top" class="cms_table_grid_tr"><td class="cms_table_grid_td">TCLLCT K70</td><td
class="cms_table_grid_td">Phần III - Học phần 4</td><td class="cms_table_grid_td">B3</td><td
class="cms_table_grid_td">ThS. Phan Thị Thu Hà</td></tr>
<tr valign="top" class="cms_table_grid_tr"><td class="cms_table_grid_td">TCLLCT K71</td><td
class="cms_table_grid_td">Phần I - Học phần 2</td><td class="cms_table_grid_td">A2</td><td
class="cms_table_grid_td">ThS. Lê Văn Hòa</td></tr>
<tr valign="top" class="cms_table_grid_tr"><td class="cms_table_grid_td">BD QP-AN ĐT4</td><td
class="cms_table_grid_td">Chuyên đề 1 - 3</td><td class="cms_table_grid_td">Hội trường A</td><td
class="cms_table_grid_td">Bộ CHQS tỉnh</td></tr>
</table></div>
<br />
Các lớp học buổi sáng từ 7 giờ 30, buổi chiều từ 14 giờ. Lịch có thể thay đổi, học viên theo
dõi thông báo của giáo viên chủ nhiệm.""",
    ),
}

NON_ARTICLES = [
    "/content.php?r=8-Gioi-thieu",
    "/content.php?r=9-Lich-hoc-cac-lop",
    "/forum.php",
    "/showthread.php?t=5108",
]

# --- the forum ---------------------------------------------------------------------------------

FORUMS = {
    2: ("Góc học viên", "Trao đổi, chia sẻ kinh nghiệm học tập và sinh hoạt của học viên"),
    3: ("Hỏi đáp học tập", "Hỏi đáp về chương trình, lịch học, lịch thi, tài liệu"),
    4: ("Bình luận bài viết", "Thảo luận về các bài viết đăng trên trang tin của Nhà trường"),
}
FORUM_GROUPS = [("Diễn đàn học viên", [2, 3]), ("Tin tức - Bình luận", [4])]


@dataclass
class Thread:
    id: int
    forum: int
    title: str
    #: (member id, time, text) of every post, first post first
    posts: list[tuple[int, datetime, str]] = field(default_factory=list)
    story: Story | None = None

    def post_id(self, index: int) -> int:
        return 30000 + (self.id - 5000) * 20 + index


COMMENT_TEXTS = [
    "Bài viết rất hay và bổ ích. Cảm ơn ban biên tập!",
    "Chúc mừng Nhà trường, chúc các thầy cô luôn mạnh khỏe.",
    "Thông tin kịp thời, học viên chúng em rất cần những tin như thế này.",
    "Em xin hỏi danh sách cụ thể đã có trên bảng tin chưa ạ?",
    "Hình ảnh đẹp quá, nhớ những ngày học ở trường.",
    "Cảm ơn bài viết, mong Nhà trường đăng thêm nhiều tin hoạt động.",
    "Lớp K70 chúng em xin gửi lời tri ân tới các thầy cô.",
    "Nội dung thiết thực, gắn với thực tế cơ sở.",
    "Ủng hộ Nhà trường!",
]


def _comments(story: Story) -> list[tuple[int, datetime, str]]:
    """The readers' comments: spread from two hours after the post to an hour before now."""
    n = story.opts["comments"]
    start = story.opts["dt"] + timedelta(hours=2)
    span = (NOW - timedelta(hours=1) - start) / max(n, 1)
    return [
        (
            COMMENTERS[(story.id + i) % len(COMMENTERS)],
            start + span * i + timedelta(minutes=(story.id * (i + 3)) % 47),
            COMMENT_TEXTS[(story.id * 3 + i) % len(COMMENT_TEXTS)],
        )
        for i in range(n)
    ]


THREADS: dict[int, Thread] = {}
for _s in STORIES:
    THREADS[_s.opts["thread"]] = Thread(
        _s.opts["thread"],
        4,
        _s.title,
        [(_s.opts["account"], _s.opts["dt"], ""), *_comments(_s)],
        _s,
    )

_FORUM_THREADS = [
    (
        5060,
        2,
        "Kinh nghiệm ôn thi hết học phần Triết học Mác - Lênin",
        [
            (
                34,
                datetime(2026, 9, 28, 21, 12),
                "Mình chia sẻ cách ôn của lớp K68: chia nhóm 5 người, "
                "mỗi người tóm tắt 2 câu hỏi rồi trao đổi chéo. Ôn kỹ phần phép biện chứng duy vật.",
            ),
            (27, datetime(2026, 9, 29, 6, 40), "Cảm ơn anh, rất hữu ích ạ."),
            (31, datetime(2026, 10, 3, 20, 5), "Anh có đề cương chi tiết không, cho em xin với."),
        ],
    ),
    (
        5090,
        3,
        "Xin tài liệu môn Xây dựng Đảng về mặt tổ chức",
        [
            (
                38,
                datetime(2026, 11, 8, 19, 30),
                "Các anh chị cho em hỏi tài liệu tham khảo học phần "
                "Xây dựng Đảng về mặt tổ chức mượn ở đâu ạ?",
            ),
            (
                34,
                datetime(2026, 11, 8, 21, 2),
                "Bạn lên Thư viện tầng 2 nhà A mượn nhé, có đủ giáo trình.",
            ),
        ],
    ),
    (
        5108,
        2,
        "Cảm nhận sau chuyến đi thực tế tại Khu di tích Ngã ba Đồng Lộc",
        [
            (
                31,
                datetime(2026, 11, 15, 20, 45),
                "Chuyến đi thực tế của lớp K70 tại Ngã ba Đồng Lộc để "
                "lại cho mình nhiều xúc động. Đứng trước phần mộ 10 cô gái thanh niên xung phong, cả lớp "
                "lặng đi. Mình nghĩ đây là bài học lịch sử sinh động nhất trong khóa học.",
            ),
            (
                38,
                datetime(2026, 11, 15, 22, 10),
                "Đồng cảm với bạn. Cảm ơn Nhà trường đã tổ chức chuyến đi.",
            ),
            (
                41,
                datetime(2026, 11, 16, 7, 25),
                "Ảnh cả lớp chụp ở cổng khu di tích mình gửi lên nhóm rồi nhé.",
            ),
            (45, datetime(2026, 11, 23, 21, 0), "Lớp K71 chúng em bao giờ được đi thực tế ạ?"),
        ],
    ),
    (
        5115,
        3,
        "Hỏi về lịch thi lại học phần",
        [
            (
                45,
                datetime(2026, 11, 21, 9, 14),
                "Em bị ốm không thi được học phần 2, cho em hỏi lịch thi lại thế nào ạ?",
            ),
            (
                1,
                datetime(2026, 11, 21, 10, 2),
                "Bạn làm đơn gửi Phòng Đào tạo, lịch thi lại sẽ thông báo "
                "trên trang tin của Nhà trường.",
            ),
        ],
    ),
    (
        5119,
        2,
        "Giao lưu bóng chuyền giữa các lớp K70 và K71",
        [
            (
                41,
                datetime(2026, 11, 23, 17, 40),
                "Chiều thứ Sáu này lớp K70 giao lưu bóng chuyền với "
                "K71 ở sân trường, mời các bạn đến cổ vũ!",
            ),
            (27, datetime(2026, 11, 24, 6, 55), "Nhất định rồi!"),
        ],
    ),
]
for _tid, _fid, _title, _posts in _FORUM_THREADS:
    THREADS[_tid] = Thread(_tid, _fid, _title, list(_posts))


def _last_post(thread: Thread) -> datetime:
    return thread.posts[-1][1]


def threads_of(forum: int) -> list[Thread]:
    """A forum's threads as vB lists them: last post first."""
    return sorted((t for t in THREADS.values() if t.forum == forum), key=_last_post, reverse=True)


# --- rendering --------------------------------------------------------------------------------


@dataclass
class Ctx:
    """One request's view of the site: its absolute base and the session id links carry."""

    base: str
    s: str | None

    def link(self, script: str, query: str = "") -> str:
        """A relative link as vB prints it: ``script?s=<hash>&amp;query`` for cookie-less visitors."""
        parts = [f"s={self.s}"] if self.s else []
        if query:
            parts.append(query)
        return esc(script + ("?" + "&".join(parts) if parts else ""))


def ncr(value: str) -> str:
    """Escaped text with every non-ASCII character as a numeric reference (vB3 latin-1 posts)."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text(value))


def vb_date(moment: datetime, with_time: bool = True) -> str:
    """vB's date: relative for today and yesterday, dd-mm-yyyy otherwise; 12-hour time."""
    if moment.date() == NOW.date():
        day = "Hôm nay"
    elif moment.date() == NOW.date() - timedelta(days=1):
        day = "Hôm qua"
    else:
        day = moment.strftime("%d-%m-%Y")
    if not with_time:
        return f'<span class="date">{day}</span>'
    return f'<span class="date">{day},&nbsp;<span class="time">{moment.strftime("%I:%M %p")}</span></span>'


def printed_date(story: Story) -> str:
    day, time = story.opts["printed"].split(", ")
    return f'<span class="date">{day},&nbsp;<span class="time">{time}</span></span>'


def _para_text(p: P) -> str:
    flags = p.style.split()
    if "ent" in flags:
        return ncr(p.text)
    return text(p.text, nfd="nfd" in flags)


def _cells(p: P) -> str:
    bold = "th" in p.style.split()
    cells = [_para_text(P(c.strip(), p.style)) for c in p.text.split(" | ")]
    return "".join(
        f'<td class="cms_table_grid_td">{f"<b>{c}</b>" if bold else c}</td>' for c in cells
    )


def _image(img: Img, story_id: int) -> str:
    if img.style == "attach":
        n = re.search(r"attachmentid=(\d+)", img.src).group(1)
        full = img.src.replace("&thumb=1", "")
        alt = (
            f"Nhấn vào ảnh để xem ảnh lớn hơn. Tên: IMG_{n}.JPG Lượt xem: {int(n) % 90 + 12} "
            f"Kích thước: {int(n) % 70 + 80},4 KB ID: {n}"
        )
        tag = (
            f'<a href="{esc(full)}" id="attachment{n}" rel="Lightbox_{story_id}">'
            f'<img src="{esc(img.src)}" border="0" alt="{esc(alt)}" class="thumbnail" '
            f'style="float:CONFIG" /></a>'
        )
    else:
        tag = f'<img src="{esc(img.src)}" border="0" alt="" class="cms_article_image" />'
    out = f'<div style="text-align: center;">{tag}</div>'
    if img.printed:
        out += f'\n<div style="text-align: center;"><i>{text(img.printed)}</i></div>'
    return out


def render_bb(story: Story) -> str:
    """The article's BB code as vB renders it: text runs joined by <br />, blocks as divs."""
    segments: list[tuple[str, str]] = []  # (inline | block, markup)
    group: list[P] = []

    def flush() -> None:
        if not group:
            return
        kind = group[0].style.split()[0]
        if kind in ("ul", "ol"):
            items = "".join(f'<li style="">{_para_text(p)}</li>' for p in group)
            tag = "ul" if kind == "ul" else 'ol class="decimal"'
            segments.append(("block", f"<{tag}>{items}</{tag[:2]}>"))
        else:
            rows = "\n".join(
                f'<tr valign="top" class="cms_table_grid_tr">{_cells(p)}</tr>' for p in group
            )
            segments.append(
                (
                    "block",
                    f'<div class="cms_table"><table width="100%" class="cms_table_grid">\n{rows}\n</table></div>',
                )
            )
        group.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style.split()[:1] in (["ul"], ["ol"], ["th"], ["tr"]):
            same = group and (group[0].style.split()[0] in ("th", "tr")) == (
                block.style.split()[0] in ("th", "tr")
            )
            if group and not same:
                flush()
            group.append(block)
            continue
        flush()
        if isinstance(block, P):
            flags = block.style.split()
            body = _para_text(block)
            if "lead" in flags or "h" in flags:
                body = f"<b>{body}</b>"
            elif "abstract" in flags:
                body = f"<b><i>{body}</i></b>"
            elif "i" in flags:
                body = f"<i>{body}</i>"
            segments.append(("inline", body))
        elif isinstance(block, Img):
            segments.append(("block", _image(block, story.id)))
        else:
            segments.append(("block", block.html))
    flush()
    out = ""
    for i, (kind, markup) in enumerate(segments):
        if i:
            prev = segments[i - 1][0]
            out += (
                "<br />\n<br />\n"
                if prev == kind == "inline"
                else ("\n" if prev == kind else "<br />\n")
            )
        out += markup
    return out


def _files(story: Story) -> str:
    files = story.opts.get("files") or []
    if not files:
        return ""
    items = "".join(
        f'<li><img class="inlineimg" src="images/attach/pdf.gif" alt="Kiểu file: pdf" /> '
        f'<a href="attachment.php?attachmentid={n}&amp;d={d}">{esc(name)}</a> '
        f"({size}, {views} lượt xem)</li>"
        for n, d, name, size, views in files
    )
    return (
        '\n<div class="attachments"><fieldset class="postcontent"><legend>'
        '<img src="images/misc/paperclip.png" class="inlineimg" alt="" /> Tệp đính kèm</legend>'
        f"<ul>{items}</ul></fieldset></div>"
    )


def preview(story: Story, limit: int = 210) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= limit:
        return esc(first)
    cut = first[:limit].rsplit(" ", 1)[0]
    return esc(cut) + "..."


def title_html(story: Story) -> str:
    return text(story.title, nfd=bool(story.opts.get("title_nfd")))


def art_link(ctx: Ctx, story: Story, suffix: str = "") -> str:
    return ctx.link("content.php", f"r={story.id}-{story.slug}{suffix}")


def section_link(ctx: Ctx, sid: int, page: int = 1) -> str:
    slug = SECTIONS[sid][0]
    return ctx.link("content.php", f"r={sid}-{slug}" + (f"/page{page}" if page > 1 else ""))


def member_link(ctx: Ctx, uid: int) -> str:
    return f'<a href="{ctx.link("member.php", f"u={uid}")}" class="username">{esc(MEMBERS[uid].name)}</a>'


def pagenav(href, page: int, pages: int, total: int, per: int) -> str:
    """vB4's pagenav: "Trang x / n", the numbers, next and "Trang cuối" (first / prev back)."""
    if pages <= 1:
        return ""

    def rng(n: int) -> str:
        return f"{(n - 1) * per + 1} đến {min(n * per, total)} / {total}"

    out = [
        '<div class="pagenav">',
        f'<form action="{href(pages)}" method="get" class="pagination popupmenu nohovermenu">',
        f'<span><a href="javascript://" class="popupctrl">Trang {page} / {pages}</a></span>',
    ]
    if page > 1:
        out.append(
            f'<span class="first_last"><a rel="start" href="{href(1)}" title="Trang đầu - Kết quả từ {rng(1)}">'
            '<img src="images/pagination/first-right.png" alt="Trang đầu" />Trang đầu</a></span>'
        )
        out.append(
            f'<span class="prev_next"><a rel="prev" href="{href(page - 1)}" title="Trang trước - '
            f'Kết quả từ {rng(page - 1)}"><img src="images/pagination/previous-right.png" '
            'alt="Trang trước" /></a></span>'
        )
    for n in range(1, pages + 1):
        if n == page:
            out.append(
                f'<span class="selected"><a href="javascript://" title="Kết quả từ {rng(n)}">{n}</a></span>'
            )
        else:
            out.append(
                f'<span><a href="{href(n)}" title="Hiển thị kết quả từ {rng(n)}">{n}</a></span>'
            )
    if page < pages:
        out.append(
            f'<span class="prev_next"><a rel="next" href="{href(page + 1)}" title="Trang sau - '
            f'Kết quả từ {rng(page + 1)}"><img src="images/pagination/next-right.png" '
            'alt="Trang sau" /></a></span>'
        )
        out.append(
            f'<span class="first_last"><a href="{href(pages)}" title="Trang cuối - Kết quả từ '
            f'{rng(pages)}">Trang cuối<img src="images/pagination/last-right.png" '
            'alt="Trang cuối" /></a></span>'
        )
    out.append("</form></div>")
    return "\n".join(out)


def _sidebar(ctx: Ctx) -> str:
    newest = "\n".join(
        f'<li><a href="{art_link(ctx, s)}">{title_html(s)}</a> <span class="date">({s.opts["listed"]})</span></li>'
        for s in STORIES[:5]
    )
    sections = "\n".join(
        f'<li><a href="{section_link(ctx, sid)}">{esc(SECTIONS[sid][1])}</a></li>'
        for sid in (3, 4, 5)
    )
    recent = sorted(THREADS.values(), key=_last_post, reverse=True)[:4]
    threads = "\n".join(
        f'<li><a href="{ctx.link("showthread.php", f"t={t.id}&goto=newpost")}">{esc(t.title)}</a><br />'
        f'<span class="smallfont">bởi {member_link(ctx, t.posts[-1][0])}, {vb_date(t.posts[-1][1])}</span></li>'
        for t in recent
    )

    def widget(title: str, inner: str, cls: str = "") -> str:
        return (
            f'<div class="cms_widget {cls}"><div class="block"><div class="cms_widget_header">'
            f'<h3>{title}</h3></div><div class="cms_widget_content widget_content">\n{inner}\n'
            "</div></div></div>"
        )

    return "\n".join(
        [
            '<div id="sidebar_container" class="cms_layout_right">',
            widget("Tin mới", f'<ul class="cms_widget_list">{newest}</ul>', "widget_newest"),
            widget(
                "Chuyên mục", f'<ul class="cms_section_nav">{sections}</ul>', "widget_sectionnav"
            ),
            widget(
                "Bài viết mới trên diễn đàn",
                f'<ul class="recent_threads">{threads}</ul>',
                "widget_recentposts",
            ),
            widget(
                "Liên kết website",
                '<select onchange="if(this.value) window.open(this.value);">'
                '<option value="">-- Liên kết website --</option>'
                '<option value="https://hatinh.dcs.vn">Cổng TTĐT Đảng bộ tỉnh Hà Tĩnh</option>'
                '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
                '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
                '<option value="https://baohatinh.vn">Báo Hà Tĩnh</option></select>',
                "widget_links",
            ),
            widget(
                "Thống kê",
                "<dl><dt>Chủ đề</dt><dd>1.234</dd><dt>Bài viết</dt><dd>9.876</dd><dt>Thành viên</dt>"
                "<dd>512</dd></dl><p>Thống kê: Chủ đề: 1.234, Bài viết: 9.876, Thành viên: 512</p>"
                "<p>Đang trực tuyến: 17 (2 thành viên, 15 khách)</p>"
                f"<p>Chào mừng thành viên mới nhất, {member_link(ctx, 45)}</p>",
                "widget_stats",
            ),
            "</div>",
        ]
    )


def page(
    ctx: Ctx,
    title: str,
    navbits: list[tuple[str, str | None]],
    main: str,
    *,
    cms: bool = True,
    canonical: str | None = None,
    tab: str = "cms",
) -> str:
    """A whole vB4 page: head, header, navbar, breadcrumb, notice, the main part, footer."""
    crumbs = "\n".join(
        f'<li class="navbit"><a href="{href}">{label}</a></li>'
        if href
        else f'<li class="navbit lastnavbit"><span>{label}</span></li>'
        for label, href in navbits
    )
    sessionurl = f"s={ctx.s}&" if ctx.s else ""
    canon = (
        f'<link rel="canonical" href="{esc(ctx.base + "/" + canonical)}" />\n' if canonical else ""
    )
    sel = {
        k: ' class="selected"' if k == tab else ""
        for k in ("home", "cms", "forum", "new", "members")
    }
    subtabs = "\n".join(
        f'<li><a href="{ctx.link("content.php", f"r={sid}-{slug}")}">{esc(label)}</a></li>'
        for sid, slug, label in [
            (3, "Tin-hoat-dong", "Tin hoạt động"),
            (4, "Thong-bao", "Thông báo"),
            (5, "Nghien-cuu-Trao-doi", "Nghiên cứu - Trao đổi"),
            (8, "Gioi-thieu", "Giới thiệu"),
            (9, "Lich-hoc-cac-lop", "Lịch học các lớp"),
        ]
    )
    body = (
        f'<div id="content_container" class="cms_layout_left"><div id="content">\n{main}\n</div></div>\n{_sidebar(ctx)}'
        if cms
        else f'<div id="forum_content">\n{main}\n</div>'
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi" id="vbulletin_html">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="{ctx.base}" />
<base href="{ctx.base}/" /><!--[if IE]></base><![endif]-->
<meta name="generator" content="vBulletin 4.2.5" />
<meta name="keywords" content="trường chính trị, Trần Phú, Hà Tĩnh, lý luận chính trị, đào tạo, bồi dưỡng" />
<meta name="description" content="Trang thông tin điện tử {SITE_LONG}" />
<link rel="Shortcut Icon" href="favicon.ico" type="image/x-icon" />
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript">
<!--
	var SESSIONURL = "{sessionurl}";
	var SECURITYTOKEN = "guest";
	var IMGDIR_MISC = "images/misc";
	var vb_disable_ajax = parseInt("0", 10);
// -->
</script>
<script type="text/javascript" src="clientscript/vbulletin_core.js?v=425"></script>
<link rel="alternate" type="application/rss+xml" title="{SITE} RSS Feed" href="external.php?type=RSS2" />
<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1765432100&amp;td=ltr&amp;sheet=bbcode.css,editor.css,popupmenu.css,reset-fonts.css,vbulletin.css,vbulletin-chrome.css,vbulletin-formcontrols.css,vbcms.css," />
{canon}<title>{title} - {SITE}</title>
</head>
<body>
<div class="above_body">
<div id="header" class="floatcontainer doc_header">
<div><a name="top" href="{ctx.link("content.php")}" class="logo-image"><img src="images/misc/banner_tct_tranphu.png" alt="{SITE} - Hà Tĩnh" /></a></div>
<div id="header_clock" class="header_clock">{TODAY}</div>
<div id="toplinks" class="toplinks">
<ul class="nouser">
<li><a href="{ctx.link("register.php")}" rel="nofollow">Đăng ký</a></li>
<li><a rel="help" href="{ctx.link("faq.php")}">Trợ giúp</a></li>
<li>
<form id="navbar_loginform" action="login.php?{esc(sessionurl)}do=login" method="post">
<input type="text" class="textbox" name="vb_login_username" id="navbar_username" size="10" value="Tên truy cập" />
<input type="password" class="textbox" name="vb_login_password" id="navbar_password" size="10" />
<label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" /> Ghi nhớ?</label>
<input type="submit" class="loginbutton" value="Đăng nhập" />
<input type="hidden" name="do" value="login" />
<a href="{ctx.link("login.php", "do=lostpw")}" rel="nofollow">Quên mật khẩu?</a>
</form>
</li>
</ul>
</div>
<hr />
</div>
<div id="navbar" class="navbar">
<ul id="navtabs" class="navtabs floatcontainer">
<li{sel["home"]} id="vbtab_home"><a class="navtab" href="{ctx.link("index.php")}">Trang chủ</a></li>
<li{sel["cms"]} id="vbtab_cms"><a class="navtab" href="{ctx.link("content.php")}">Tin tức</a>
<ul class="floatcontainer">
{subtabs}
</ul>
</li>
<li{sel["forum"]} id="vbtab_forum"><a class="navtab" href="{ctx.link("forum.php")}">Diễn đàn</a></li>
<li{sel["new"]} id="vbtab_whatsnew"><a class="navtab" href="{ctx.link("search.php", "do=getnew&contenttype=vBForum_Post")}" accesskey="2">Bài viết mới</a></li>
<li{sel["members"]} id="vbtab_members"><a class="navtab" href="{ctx.link("memberlist.php")}">Thành viên</a></li>
</ul>
<div id="globalsearch" class="globalsearch">
<form action="search.php?{esc(sessionurl)}do=process" method="post" id="navbar_search" class="navbar_search">
<input type="hidden" name="securitytoken" value="guest" /><input type="hidden" name="do" value="process" />
<span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99" /></span></span>
<span class="buttoncontainer"><span><input type="image" class="searchbutton" src="images/buttons/search.png" name="submit" tabindex="100" /></span></span>
</form>
<ul class="navbar_advanced_search"><li><a href="{ctx.link("search.php")}" accesskey="4">Tìm kiếm nâng cao</a></li></ul>
</div>
</div>
</div><!-- closing div for above_body -->
<div class="body_wrapper">
<div id="breadcrumb" class="breadcrumb">
<ul class="floatcontainer">
<li class="navbithome"><a href="{ctx.link("index.php")}" accesskey="1"><img src="images/misc/navbit-home.png" alt="Trang chủ" /></a></li>
{crumbs}
</ul>
<hr />
</div>
<form action="profile.php?do=dismissnotice" method="post" id="notices" class="notices">
<input type="hidden" name="do" value="dismissnotice" />
<ol><li class="restore" id="navbar_notice_1">
Chào mừng bạn đến với Trang thông tin điện tử và Diễn đàn học viên {SITE_LONG}.
Nếu đây là lần đầu tiên bạn ghé thăm, xin mời bạn xem phần <a href="{ctx.link("faq.php")}" target="_blank"><b>Trợ giúp</b></a>
để biết cách dùng diễn đàn. Để tham gia thảo luận, bạn cần <a href="{ctx.link("register.php")}" target="_blank"><b>đăng ký</b></a> làm thành viên.
</li></ol>
</form>
{body}
<div id="footer" class="floatcontainer footer">
<ul id="footer_links" class="footer_links">
<li><a href="{ctx.link("sendmessage.php")}" rel="nofollow" accesskey="9">Liên hệ</a></li>
<li><a href="{ctx.link("content.php")}">{SITE}</a></li>
<li><a href="#top" onclick="document.location.hash='top'; return false;">Lên đầu trang</a></li>
</ul>
</div>
</div>
<div class="below_body">
<div id="footer_time" class="shade footer_time">Múi giờ GMT +7. Bây giờ là <span class="time">{NOW.strftime("%I:%M %p")}</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">
Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.5 <br />Copyright &copy; 2026 vBulletin Solutions, Inc. All rights reserved.
</div>
<div id="footer_morecopyright" class="shade footer_morecopyright">
Bản quyền thuộc {SITE_LONG}. Địa chỉ: {ADDRESS}. Điện thoại: {PHONE}. Email: truongchinhtri@hatinh.gov.vn<br />
Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị Trần Phú.
</div>
</div>
</body>
</html>
"""


# --- CMS pages --------------------------------------------------------------------------------


def _postbit_comment(ctx: Ctx, thread: Thread, index: int) -> str:
    uid, moment, body = thread.posts[index]
    pid = thread.post_id(index)
    return (
        f'<li class="postbitlegacy postcontainer" id="post_{pid}">\n'
        f'<div class="posthead"><span class="postdate">{vb_date(moment)}</span> '
        f'<a class="postcounter" href="{ctx.link("showthread.php", f"p={pid}&viewfull=1")}#post{pid}">#{index}</a></div>\n'
        f'<div class="userinfo">{member_link(ctx, uid)}</div>\n'
        f'<div class="postbody"><blockquote class="postcontent restore">{text(body)}</blockquote></div>\n'
        "</li>"
    )


def _related(ctx: Ctx, story: Story) -> str:
    same = [s for s in STORIES if s.cat == story.cat and s is not story]
    others = sorted(same, key=lambda s: abs(s.id - story.id))[:4]
    if not others:
        return ""
    items = "\n".join(
        f'<li><a href="{ctx.link("content.php", f"r={s.id}")}">{title_html(s)}</a> '
        f'<span class="date">{s.opts["listed"]}</span></li>'
        for s in others
    )
    return (
        '<div class="cms_related block"><h3 class="blockhead">Bài viết liên quan</h3>'
        f'<div class="blockbody"><ul>\n{items}\n</ul></div></div>'
    )


def article_page(ctx: Ctx, story: Story, view: int = 1) -> str | None:
    pages = _comment_pages(story)
    if not 1 <= view <= pages:
        return None
    thread = THREADS[story.opts["thread"]]
    n = story.opts["comments"]
    first = (view - 1) * COMMENTS_PER_PAGE + 1
    comments = (
        "\n".join(
            _postbit_comment(ctx, thread, i)
            for i in range(first, min(first + COMMENTS_PER_PAGE, n + 1))
        )
        or '<li class="nocomments">Chưa có bình luận nào.</li>'
    )
    pager = pagenav(
        lambda k: art_link(ctx, story, f"/view/{k}" if k > 1 else ""),
        view,
        pages,
        n,
        COMMENTS_PER_PAGE,
    )
    tags = ", ".join(
        f'<a href="{ctx.link("tags.php", "tag=" + quote_plus(t))}">{esc(t)}</a>'
        for t in story.opts["tags"]
    )
    sid = SECTION_OF[story.cat]
    stars = "".join(
        f'<img src="images/rating/rating-15_{"on" if k <= 4 else "off"}.png" alt="{k} sao" />'
        for k in range(1, 6)
    )
    main = f"""<div class="cms_article">
<div class="title"><h1 class="article_title">{title_html(story)}</h1></div>
<div class="article_username_container">Đăng bởi {member_link(ctx, story.opts["account"])} &bull; {printed_date(story)}</div>
<div class="cms_article_txt_content postcontainer">
{render_bb(story)}{_files(story)}
</div>
<div class="cms_article_tags">Thẻ: {tags}</div>
<div class="cms_article_rating">Đánh giá bài viết: <span class="rating">{stars}</span> <a href="javascript://" rel="nofollow">Hãy đánh giá</a></div>
<div class="cms_article_views">Lượt xem: {story.views()}</div>
</div>
<div id="cms_comments" class="cms_comments block">
<h3 class="blockhead">Bình luận <span class="comments_count">({n})</span></h3>
<div class="blockbody">
<ol class="commentlist" start="{first}">
{comments}
</ol>
{pager}
<div class="cms_comments_thread"><a href="{ctx.link("showthread.php", f"t={thread.id}")}">Xem chủ đề thảo luận bài viết này trên diễn đàn</a></div>
<div class="cms_comment_form">Bạn cần <a href="{ctx.link("register.php")}">đăng ký</a> hoặc đăng nhập để gửi bình luận.</div>
</div>
</div>
{_related(ctx, story)}"""
    navbits = [
        ("Tin tức", ctx.link("content.php")),
        (f"Chuyên mục: {esc(story.cat)}", section_link(ctx, sid)),
        (title_html(story), None),
    ]
    return page(ctx, title_html(story), navbits, main)


def _previews(ctx: Ctx, stories: list[Story], show_section: bool) -> str:
    out = []
    for s in stories:
        thumb = next((b for b in s.blocks if isinstance(b, Img) and b.style == "attach"), None)
        pic = (
            f'<div class="cms_article_preview_image"><a href="{art_link(ctx, s)}">'
            f'<img src="{esc(thumb.src)}" alt="" /></a></div>'
            if thumb
            else ""
        )
        where = (
            f' &bull; <a href="{section_link(ctx, SECTION_OF[s.cat])}">{esc(s.cat)}</a>'
            if show_section
            else ""
        )
        n = s.opts["comments"]
        out.append(
            f"""<div class="cms_widget article_preview">
<div class="block">
<div class="cms_widget_header"><h3><a href="{art_link(ctx, s)}">{title_html(s)}</a></h3></div>
<div class="cms_widget_content">
<div class="article_username_container">Đăng bởi {member_link(ctx, s.opts["account"])} &bull; <span class="date">{s.opts["listed"]}</span>{where}</div>
{pic}<div class="cms_article_preview">{preview(s)}</div>
<div class="readmore"><a href="{art_link(ctx, s)}">Đọc tiếp</a> &bull; <a href="{art_link(ctx, s)}#cms_comments">{n} bình luận</a></div>
</div>
</div>
</div>"""
        )
    return "\n".join(out)


def section_page(ctx: Ctx, sid: int, page_no: int) -> str | None:
    _slug, label = SECTIONS[sid]
    items = STORIES if sid == 1 else [s for s in STORIES if SECTION_OF[s.cat] == sid]
    per = FRONT_PER_PAGE if sid == 1 else SECTION_PER_PAGE
    pages = -(-len(items) // per)
    if not 1 <= page_no <= pages:
        return None
    chunk = items[(page_no - 1) * per : page_no * per]
    pager = pagenav(lambda k: section_link(ctx, sid, k), page_no, pages, len(items), per)
    main = (
        f'<div class="cms_section"><h1 class="section_title">{esc(label)}</h1>\n{pager}\n'
        f'<div class="cms_section_content">\n{_previews(ctx, chunk, sid == 1)}\n</div>\n{pager}\n</div>'
    )
    if sid == 1:
        navbits = [("Tin tức", None)]
    else:
        navbits = [("Tin tức", ctx.link("content.php")), (f"Chuyên mục: {esc(label)}", None)]
    return page(ctx, esc(label), navbits, main, tab="home" if sid == 1 else "cms")


def static_page(ctx: Ctx, node: int) -> str:
    _slug, title, content = STATIC_PAGES[node]
    content = content.format(address=esc(ADDRESS), phone=PHONE)
    main = (
        f'<div class="cms_static_page"><div class="title"><h1 class="article_title">{esc(title)}</h1></div>\n'
        f'<div class="cms_static_content postcontainer">\n{content}\n</div></div>'
    )
    return page(ctx, esc(title), [("Tin tức", ctx.link("content.php")), (esc(title), None)], main)


# --- forum pages ------------------------------------------------------------------------------


def _forum_crumbs(ctx: Ctx, forum: int | None = None, last: str | None = None) -> list:
    crumbs: list[tuple[str, str | None]] = [
        ("Diễn đàn", ctx.link("forum.php") if forum or last else None)
    ]
    if forum:
        group = next(name for name, ids in FORUM_GROUPS if forum in ids)
        crumbs.append((esc(group), ctx.link("forum.php")))
        crumbs.append(
            (esc(FORUMS[forum][0]), ctx.link("forumdisplay.php", f"f={forum}") if last else None)
        )
    if last:
        crumbs.append((last, None))
    return crumbs


def forum_home(ctx: Ctx) -> str:
    groups = []
    for name, ids in FORUM_GROUPS:
        rows = []
        for fid in ids:
            threads = threads_of(fid)
            last = threads[0]
            posts = sum(len(t.posts) for t in threads)
            rows.append(
                f'<li id="forum{fid}" class="forumbit_post old L2"><div class="forumrow table">'
                f'<div class="foruminfo td"><h2 class="forumtitle"><a href="{ctx.link("forumdisplay.php", f"f={fid}")}">'
                f'{esc(FORUMS[fid][0])}</a></h2><p class="forumdescription">{esc(FORUMS[fid][1])}</p></div>'
                f'<h4 class="nocss_label">Thống kê:</h4><ul class="forumstats td"><li>Chủ đề: {len(threads)}</li>'
                f"<li>Bài viết: {posts}</li></ul>"
                f'<div class="forumlastpost td"><p class="lastposttitle"><a href="{ctx.link("showthread.php", f"t={last.id}&goto=newpost")}" '
                f'class="threadtitle">{esc(last.title)}</a></p><div class="lastpostby">bởi {member_link(ctx, last.posts[-1][0])}</div>'
                f'<p class="lastpostdate">{vb_date(last.posts[-1][1])}</p></div></div></li>'
            )
        groups.append(
            f'<li class="forumbit_nopost new L1"><div class="forumhead foruminfo L1 collapse"><h2>'
            f'<span class="forumtitle">{esc(name)}</span></h2></div><ol class="childforum">{"".join(rows)}</ol></li>'
        )
    main = f"""<div id="pagetitle"><h1>Diễn đàn học viên {SITE}</h1></div>
<ol id="forums" class="floatcontainer">
{"".join(groups)}
</ol>
<div id="wgo" class="collapse wgo_block block">
<h2 class="blockhead">Có gì mới trên diễn đàn?</h2>
<div class="blockbody formcontrols floatcontainer">
<div id="wgo_onlineusers" class="wgo_subblock section"><h3 class="blocksubhead">Đang trực tuyến: 17</h3>
<p>Hiện có 2 thành viên và 15 khách đang xem diễn đàn.</p>
<ol class="commalist"><li>{member_link(ctx, 12)}</li><li>{member_link(ctx, 31)}</li></ol></div>
<div id="wgo_stats" class="wgo_subblock section"><h3 class="blocksubhead">Thống kê diễn đàn</h3>
<dl><dt>Chủ đề</dt><dd>1.234</dd><dt>Bài viết</dt><dd>9.876</dd><dt>Thành viên</dt><dd>512</dd></dl>
<p>Thống kê: Chủ đề: 1.234, Bài viết: 9.876, Thành viên: 512</p>
<p>Chào mừng thành viên mới nhất, {member_link(ctx, 45)}</p></div>
</div></div>"""
    return page(ctx, "Diễn đàn", _forum_crumbs(ctx), main, cms=False, tab="forum")


def forum_display(ctx: Ctx, fid: int, page_no: int) -> str | None:
    threads = threads_of(fid)
    pages = -(-len(threads) // THREADS_PER_PAGE)
    if not 1 <= page_no <= pages:
        return None
    chunk = threads[(page_no - 1) * THREADS_PER_PAGE : page_no * THREADS_PER_PAGE]
    rows = "\n".join(
        f'<li class="threadbit" id="thread_{t.id}"><div class="rating0 nonsticky"><div class="threadinfo">'
        f'<div class="inner"><h3 class="threadtitle"><a class="title" href="{ctx.link("showthread.php", f"t={t.id}")}" '
        f'id="thread_title_{t.id}">{esc(t.title)}</a></h3>'
        f'<div class="threadmeta"><div class="author"><span class="label">Người gửi: {member_link(ctx, t.posts[0][0])}, '
        f"{vb_date(t.posts[0][1])}</span></div></div></div></div>"
        f'<ul class="threadstats td alt"><li>Trả lời: {len(t.posts) - 1}</li><li>Xem: {97 + t.id % 900}</li></ul>'
        f'<dl class="threadlastpost td"><dd>bởi {member_link(ctx, t.posts[-1][0])}</dd><dd>{vb_date(t.posts[-1][1])} '
        f'<a href="{ctx.link("showthread.php", f"t={t.id}&goto=newpost")}" class="lastpostdate understate">'
        '<img src="images/buttons/lastpost-right.png" alt="Tới bài viết cuối" /></a></dd></dl></div></li>'
        for t in chunk
    )
    pager = pagenav(
        lambda k: ctx.link("forumdisplay.php", f"f={fid}" + (f"&page={k}" if k > 1 else "")),
        page_no,
        pages,
        len(threads),
        THREADS_PER_PAGE,
    )
    main = (
        f'<div id="pagetitle"><h1>Chuyên mục: <span class="forumtitle">{esc(FORUMS[fid][0])}</span></h1>'
        f'<p class="description">{esc(FORUMS[fid][1])}</p></div>\n{pager}\n'
        f'<div id="threadlist" class="threadlist"><ol id="threads" class="threads">\n{rows}\n</ol></div>\n{pager}'
    )
    return page(ctx, esc(FORUMS[fid][0]), _forum_crumbs(ctx, fid), main, cms=False, tab="forum")


def _postbit(ctx: Ctx, thread: Thread, index: int) -> str:
    uid, moment, body = thread.posts[index]
    pid = thread.post_id(index)
    member = MEMBERS[uid]
    if index == 0 and thread.story is not None:
        story = thread.story
        content = (
            f'{render_bb(story)}<br />\n<br />\n<i>Bài viết gốc: <a href="{ctx.link("content.php", f"r={story.id}")}" '
            f'target="_blank">{title_html(story)}</a></i>'
        )
    else:
        content = text(body)
    title = f'<h2 class="title icon">{esc(thread.title)}</h2>' if index == 0 else ""
    return f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{pid}">
<div class="posthead"><span class="postdate old">{vb_date(moment)}</span>
<span class="nodecontrols"><a name="post{pid}" href="{ctx.link("showthread.php", f"p={pid}&viewfull=1")}#post{pid}" class="postcounter">#{index + 1}</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container">{member_link(ctx, uid)}</div>
<span class="usertitle">{esc(member.title)}</span>
<dl class="userinfo_extra"><dt>Tham gia ngày</dt><dd>{member.joined[3:]}</dd><dt>Bài viết</dt><dd>{member.posts}</dd></dl></div>
<div class="postbody"><div class="postrow">{title}
<div class="content"><div id="post_message_{pid}"><blockquote class="postcontent restore">{content}</blockquote></div></div>
</div></div></div>
</li>"""


def show_thread(ctx: Ctx, thread: Thread, page_no: int) -> str | None:
    pages = -(-len(thread.posts) // POSTS_PER_PAGE)
    if not 1 <= page_no <= pages:
        return None
    first = (page_no - 1) * POSTS_PER_PAGE
    posts = "\n".join(
        _postbit(ctx, thread, i)
        for i in range(first, min(first + POSTS_PER_PAGE, len(thread.posts)))
    )
    pager = pagenav(
        lambda k: ctx.link("showthread.php", f"t={thread.id}" + (f"&page={k}" if k > 1 else "")),
        page_no,
        pages,
        len(thread.posts),
        POSTS_PER_PAGE,
    )
    main = (
        f'<div id="pagetitle"><h1>Chủ đề: <span class="threadtitle"><a href="{ctx.link("showthread.php", f"t={thread.id}")}" '
        f'title="Tải lại trang này">{esc(thread.title)}</a></span></h1></div>\n'
        f'<div id="above_postlist" class="above_postlist">{pager}</div>\n'
        f'<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="{first + 1}">\n{posts}\n</ol></div>\n'
        f'<div id="below_postlist" class="below_postlist">{pager}</div>\n'
        '<div class="quickreply">Bạn không có quyền gửi trả lời. Hãy đăng nhập hoặc đăng ký.</div>'
    )
    canonical = f"showthread.php?t={thread.id}" + (f"&page={page_no}" if page_no > 1 else "")
    title = esc(thread.title) + (f" - Trang {page_no}" if page_no > 1 else "")
    return page(
        ctx,
        title,
        _forum_crumbs(ctx, thread.forum, esc(thread.title)),
        main,
        cms=False,
        canonical=canonical,
        tab="forum",
    )


def member_page(ctx: Ctx, uid: int) -> str:
    m = MEMBERS[uid]
    articles = [s for s in STORIES if s.opts["account"] == uid][:5]
    arts = "\n".join(
        f'<li><a href="{art_link(ctx, s)}">{title_html(s)}</a> <span class="date">{s.opts["listed"]}</span></li>'
        for s in articles
    )
    threads = [t for t in THREADS.values() if any(p[0] == uid for p in t.posts)][:5]
    posts = "\n".join(
        f'<li><a href="{ctx.link("showthread.php", f"t={t.id}")}">{esc(t.title)}</a></li>'
        for t in threads
    )
    main = f"""<div id="userinfo" class="member_username"><h1><span class="member_username">{esc(m.name)}</span></h1>
<span class="usertitle">{esc(m.title)}</span></div>
<div id="view-aboutme" class="block"><h3 class="subsectionhead">Thống kê</h3>
<dl class="stats"><dt>Tổng số bài viết</dt><dd>{m.posts}</dd><dt>Tham gia ngày</dt><dd>{m.joined}</dd>
<dt>Hoạt động cuối</dt><dd>Hôm qua <span class="time">09:41 PM</span></dd></dl></div>
{f'<div class="block"><h3 class="subsectionhead">Bài viết trên trang tin</h3><ul>{arts}</ul></div>' if arts else ""}
{f'<div class="block"><h3 class="subsectionhead">Chủ đề đã tham gia</h3><ul>{posts}</ul></div>' if posts else ""}"""
    crumbs = [
        ("Diễn đàn", ctx.link("forum.php")),
        ("Thành viên", ctx.link("memberlist.php")),
        (esc(m.name), None),
    ]
    return page(ctx, f"Xem hồ sơ: {esc(m.name)}", crumbs, main, cms=False, tab="members")


def member_list(ctx: Ctx) -> str:
    rows = "\n".join(
        f'<tr><td class="alt1 username">{member_link(ctx, m.id)}<div class="smallfont">{esc(m.title)}</div></td>'
        f"<td>{m.joined}</td><td>{m.posts}</td></tr>"
        for m in MEMBERS.values()
    )
    main = (
        '<div class="block"><h2 class="blockhead">Danh sách thành viên</h2><table class="memberlist">'
        "<tr><th>Tên truy cập</th><th>Tham gia ngày</th><th>Bài viết</th></tr>\n"
        f"{rows}\n</table></div>"
    )
    return page(
        ctx,
        "Danh sách thành viên",
        [("Diễn đàn", ctx.link("forum.php")), ("Thành viên", None)],
        main,
        cms=False,
        tab="members",
    )


def search_results(ctx: Ctx, searchid: int, page_no: int) -> str | None:
    threads = sorted(THREADS.values(), key=_last_post, reverse=True)
    per = 10
    pages = -(-len(threads) // per)
    if not 1 <= page_no <= pages:
        return None
    rows = "\n".join(
        f'<li class="imodselector threadbit"><h3 class="searchtitle"><a class="title" href="{ctx.link("showthread.php", f"t={t.id}&goto=newpost")}">'
        f'{esc(t.title)}</a></h3><div class="author">bởi {member_link(ctx, t.posts[-1][0])}, {vb_date(t.posts[-1][1])}</div>'
        f'<div class="forum">Chuyên mục: <a href="{ctx.link("forumdisplay.php", f"f={t.forum}")}">{esc(FORUMS[t.forum][0])}</a></div></li>'
        for t in threads[(page_no - 1) * per : page_no * per]
    )
    pager = pagenav(
        lambda k: ctx.link(
            "search.php", f"searchid={searchid}&pp=" + (f"&page={k}" if k > 1 else "")
        ),
        page_no,
        pages,
        len(threads),
        per,
    )
    main = (
        f'<div id="pagetitle"><h1>Kết quả tìm kiếm: Bài viết mới</h1></div>\n{pager}\n'
        f'<ol id="searchbits" class="searchbits">\n{rows}\n</ol>\n{pager}'
    )
    return page(
        ctx,
        "Kết quả tìm kiếm",
        [("Diễn đàn", ctx.link("forum.php")), ("Kết quả tìm kiếm", None)],
        main,
        cms=False,
        tab="new",
    )


def thread_link(ctx: Ctx, story: Story) -> str:
    return ctx.link("showthread.php", f"t={story.opts['thread']}")


def tag_page(ctx: Ctx, tag: str) -> str | None:
    tagged = [s for s in STORIES if tag in s.opts["tags"]]
    if not tagged:
        return None
    rows = "\n".join(
        f'<li class="searchbit"><h3><a href="{art_link(ctx, s)}">{title_html(s)}</a></h3>'
        f'<div class="smallfont">Bài viết trang tin &bull; {s.opts["listed"]}</div>'
        f"<p>{preview(s, 120)}</p></li>\n"
        f'<li class="searchbit"><h3><a href="{thread_link(ctx, s)}">{esc(s.title)}</a></h3>'
        f'<div class="smallfont">Chủ đề diễn đàn &bull; Bình luận bài viết</div></li>'
        for s in tagged
    )
    main = (
        f'<div id="pagetitle"><h1>Các nội dung có thẻ: <span class="tag">{esc(tag)}</span></h1></div>\n'
        f'<ol class="searchbits">\n{rows}\n</ol>'
    )
    return page(
        ctx,
        f"Thẻ: {esc(tag)}",
        [("Tin tức", ctx.link("content.php")), (f"Thẻ: {esc(tag)}", None)],
        main,
        cms=False,
    )


def tag_cloud(ctx: Ctx) -> str:
    tags = sorted({t for s in STORIES for t in s.opts["tags"]})
    cloud = " ".join(
        f'<a href="{ctx.link("tags.php", "tag=" + quote_plus(t))}" class="tagcloudlink level3">{esc(t)}</a>'
        for t in tags
    )
    main = f'<div class="block"><h2 class="blockhead">Thẻ phổ biến</h2><div class="blockbody tagcloud">{cloud}</div></div>'
    return page(ctx, "Thẻ", [("Tin tức", ctx.link("content.php")), ("Thẻ", None)], main, cms=False)


def _form_page(ctx: Ctx, title: str, inner: str, tab: str = "forum") -> str:
    main = f'<div class="blockrow"><h2 class="blockhead">{title}</h2><div class="blockbody formcontrols">\n{inner}\n</div></div>'
    return page(
        ctx, title, [("Diễn đàn", ctx.link("forum.php")), (title, None)], main, cms=False, tab=tab
    )


MISC_PAGES = {
    ("login.php", "lostpw"): (
        "Quên mật khẩu",
        '<form action="login.php?do=emailpassword" method="post"><p>Nhập địa chỉ email bạn đã dùng khi đăng ký,'
        ' hệ thống sẽ gửi hướng dẫn đặt lại mật khẩu.</p><input type="text" class="primary textbox" name="email" />'
        '<input type="submit" class="button" value="Gửi email" /></form>',
    ),
    ("register.php", ""): (
        "Đăng ký",
        "<h3>Nội quy diễn đàn</h3><p>Thành viên tham gia diễn đàn phải tuân thủ pháp luật, không đăng tải nội dung"
        " trái với quan điểm, đường lối của Đảng, chính sách, pháp luật của Nhà nước; dùng tiếng Việt có dấu;"
        " không quảng cáo.</p>"
        '<form action="register.php?do=addmember" method="post"><label><input type="checkbox" name="agree" value="1" />'
        ' Tôi đã đọc và đồng ý với nội quy</label> <input type="submit" class="button" value="Tiếp tục" /></form>',
    ),
    ("faq.php", ""): (
        "Trợ giúp",
        "<h3>Hỏi/Đáp về diễn đàn</h3><ul><li>Làm thế nào để đăng ký?</li><li>Vì sao tôi phải đăng ký?</li>"
        "<li>Diễn đàn có sử dụng cookie không?</li><li>Làm thế nào để gửi bài viết?</li></ul>",
    ),
    ("sendmessage.php", ""): (
        "Liên hệ",
        f"<p>{SITE_LONG}<br />Địa chỉ: {esc(ADDRESS)}<br />Điện thoại: {PHONE}</p>"
        '<form action="sendmessage.php?do=docontactus" method="post"><input type="text" name="name" />'
        '<textarea name="message" rows="8" cols="50"></textarea><input type="submit" value="Gửi thư" /></form>',
    ),
    ("search.php", ""): (
        "Tìm kiếm nâng cao",
        '<form action="search.php?do=process" method="post"><input type="text" class="textbox" name="query" />'
        '<select name="contenttype"><option value="vBForum_Post">Bài viết diễn đàn</option>'
        '<option value="vBCms_Article">Bài viết trang tin</option></select>'
        '<input type="submit" class="button" value="Tìm kiếm" /></form>',
    ),
}


def rss(base: str) -> Response:
    threads = sorted(THREADS.values(), key=lambda t: t.posts[0][1], reverse=True)[:15]
    items = "\n".join(
        f"<item><title>{esc(t.title)}</title><link>{base}/showthread.php?t={t.id}&amp;goto=newpost</link>"
        f"<pubDate>{(t.posts[0][1] - timedelta(hours=7)).strftime('%a, %d %b %Y %H:%M:%S')} GMT</pubDate>"
        f"<description>{esc(preview(t.story) if t.story else t.posts[0][2])}</description>"
        f'<category domain="{base}/forumdisplay.php?f={t.forum}">{esc(FORUMS[t.forum][0])}</category>'
        f'<dc:creator>{esc(MEMBERS[t.posts[0][0]].name)}</dc:creator><guid isPermaLink="true">'
        f"{base}/showthread.php?t={t.id}</guid></item>"
        for t in threads
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>{SITE}</title><link>{base}</link><description>Diễn đàn học viên {SITE_LONG}</description>
<language>vi</language><lastBuildDate>{(NOW - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S")} GMT</lastBuildDate>
<generator>vBulletin</generator><ttl>60</ttl>
{items}
</channel></rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- the site ---------------------------------------------------------------------------------

_HEX32 = re.compile(r"[0-9a-f]{32}")
_ROUTE = re.compile(r"(\d+)(?:-[^/]*)?(?:/page(\d+)|/view/(\d+))?/?$")
IMAGE_ATTACHMENTS = {
    int(re.search(r"attachmentid=(\d+)", b.src).group(1))
    for s in STORIES
    for b in s.blocks
    if isinstance(b, Img) and b.style == "attach"
}
FILE_ATTACHMENTS = {n: name for s in STORIES for n, _d, name, *_ in s.opts.get("files", [])}


def _cookie(request: Request, name: str) -> str | None:
    header = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _int(value: str | None, default: int = 0) -> int:
    return int(value) if value and value.isdigit() else default


class VbulletinSite:
    """Routes vB4's scripts; hands out sessions to visitors without the session cookie."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions = 0
        self._searches = 0

    def _new_session(self) -> str:
        with self._lock:
            self._sessions += 1
            n = self._sessions
        return hashlib.md5(f"vb-session-{n}".encode()).hexdigest()

    def _new_search(self) -> int:
        with self._lock:
            self._searches += 1
            return 4410 + self._searches

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/clientscript/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/css.php":
            return Response(
                200, b"body{font:13px Tahoma,Arial,sans-serif}", {"Content-Type": "text/css"}
            )
        if path == "/attachment.php":
            return self._attachment(request)
        if path == "/external.php":
            return (
                rss(base_url(request)) if request.params.get("type", "").lower() == "rss2" else None
            )
        params = request.params
        headers: dict[str, str] = {}
        if _cookie(request, "bb_sessionhash"):
            sess = None
        else:
            sess = params.get("s", "")
            if not _HEX32.fullmatch(sess):
                sess = self._new_session()
            headers["Set-Cookie"] = f"bb_sessionhash={sess}; path=/; HttpOnly"
        ctx = Ctx(base_url(request), sess)
        result = self._route(ctx, path, params)
        if result is None:
            return None
        if isinstance(result, Response):
            result.headers.update(headers)
            return result
        return html(result, headers=headers)

    def _attachment(self, request: Request) -> Response | None:
        n = _int(request.params.get("attachmentid"))
        if n in IMAGE_ATTACHMENTS:
            return static_file(f"/attachment{n}.jpg")
        if n in FILE_ATTACHMENTS:
            return Response(
                200,
                PDF,
                {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": f'inline; filename="{FILE_ATTACHMENTS[n]}"',
                },
            )
        return None

    def _route(self, ctx: Ctx, path: str, params: dict[str, str]) -> str | Response | None:
        if path in ("/", "/index.php", "/content.php"):
            r = params.get("r")
            if not r:
                return section_page(ctx, 1, 1)
            m = _ROUTE.match(r)
            if not m:
                return None
            node, page_no, view = int(m.group(1)), _int(m.group(2), 1), _int(m.group(3), 1)
            if node in SECTIONS and not m.group(3):
                return section_page(ctx, node, page_no)
            if node in STATIC_PAGES and not (m.group(2) or m.group(3)):
                return static_page(ctx, node)
            if node in BY_ID and not m.group(2):
                return article_page(ctx, BY_ID[node], view)
            return None
        if path == "/forum.php":
            return forum_home(ctx)
        if path == "/forumdisplay.php":
            fid = _int(params.get("f"))
            return forum_display(ctx, fid, _int(params.get("page"), 1)) if fid in FORUMS else None
        if path == "/showthread.php":
            return self._thread(ctx, params)
        if path == "/member.php":
            uid = _int(params.get("u"))
            return member_page(ctx, uid) if uid in MEMBERS else None
        if path == "/memberlist.php":
            return member_list(ctx)
        if path == "/tags.php":
            tag = params.get("tag")
            return tag_page(ctx, tag) if tag else tag_cloud(ctx)
        if path == "/search.php":
            if params.get("do") in ("getnew", "process"):
                searchid = self._new_search()
                query = f"s={ctx.s}&searchid={searchid}" if ctx.s else f"searchid={searchid}"
                return redirect(f"{ctx.base}/search.php?{query}")
            if params.get("searchid", "").isdigit():
                return search_results(ctx, int(params["searchid"]), _int(params.get("page"), 1))
        script = path.lstrip("/")
        key = (script, params.get("do", ""))
        if key in MISC_PAGES:
            title, inner = MISC_PAGES[key]
            return _form_page(ctx, title, inner)
        return None

    def _thread(self, ctx: Ctx, params: dict[str, str]) -> str | Response | None:
        if "p" in params:
            pid = _int(params.get("p"))
            for thread in THREADS.values():
                index = pid - thread.post_id(0)
                if 0 <= index < len(thread.posts):
                    return show_thread(ctx, thread, index // POSTS_PER_PAGE + 1)
            return None
        thread = THREADS.get(_int(params.get("t")))
        if thread is None:
            return None
        if params.get("goto") == "newpost":
            pid = thread.post_id(len(thread.posts) - 1)
            query = f"s={ctx.s}&p={pid}" if ctx.s else f"p={pid}"
            return redirect(f"{ctx.base}/showthread.php?{query}#post{pid}")
        return show_thread(ctx, thread, _int(params.get("page"), 1))


def build_site() -> VbulletinSite:
    return VbulletinSite()
