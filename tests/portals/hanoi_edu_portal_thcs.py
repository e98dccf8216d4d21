"""Hanoi education portal (shared, path-per-school) — fixture of Trường THCS Nghĩa Tân.

Platform
--------
The city Department of Education's shared portal ("Cổng thông tin điện tử ngành GD&ĐT Hà Nội"),
an ASP.NET WebForms product of a Vietnamese vendor: one host, the Department's own site at the
root and every school's site under its own path ``/<school-code>/``, all with the same template
(``khung_ct``/``noidung_ct`` markup, vi-VN 12-hour clock "2:30:00 CH", ``<base href>`` on the school
prefix). This fixture is the site of one lower-secondary school; two other schools
(``/thcs-yenhoa/``, ``/thcs-dichvong/``) and the Department (``/``) share the host.

URL scheme (for a unit whose prefix is ``/thcs-nghiatan/``; the Department's prefix is ``/``)
------------------------------------------------------------------------------------------
- ``/thcs-nghiatan/``                                   school home (``/thcs-nghiatan`` -> 301)
- ``/thcs-nghiatan/tin-tuc/<slug>-<id>.html``           article (routed by id; the slugs the
                                                          article ever had are served)
- ``/thcs-nghiatan/tin-tuc/in-bai-<id>.html``           print view (opened by ``onclick``)
- ``/thcs-nghiatan/chuyen-muc/<slug>-<cid>.html?trang=N`` category listing, 3 items a page
- ``/thcs-nghiatan/gioi-thieu/lich-su-hinh-thanh-va-phat-trien-12.html`` intro (article template)
- ``/thcs-nghiatan/lien-he.html``                       contact
- ``/thcs-nghiatan/van-ban.html`` + ``/van-ban/<slug>-<id>.html``            documents
- ``/thcs-nghiatan/thu-vien-anh.html`` + ``/thu-vien-anh/<slug>-<id>.html``  photo albums
- ``/thcs-nghiatan/video.html`` + ``/video/<slug>-<id>.html``                videos
- ``/thcs-nghiatan/lich-cong-tac.html?tuan=48..50``     weekly work calendar (bounded)
- ``/thcs-nghiatan/tim-kiem.html?tukhoa=…``             search (GET form in the top bar)
- ``/Upload/<unit>/…`` images and PDFs (any ``.jpg/.png/.gif/.css/.js`` answers a placeholder)

Page templates
--------------
Every page: top bar (today "Thứ Bảy, 05/12/2026", link to the Department, search form), ticker
"Tin mới" (``<marquee>``), banner, two-level menu (``mn_cap1``/``mn_cap2``), breadcrumb
(``duongdan``), right column (Thông báo, Tin từ Sở GD&ĐT, Văn bản mới, Thư viện video, liên kết
website, visitor counter, poll), footer. Article: ``h1.tieude_ct``, ``div.tt_dang`` (Ngày đăng,
Lượt xem, Người đăng), optional ``div.tomtat_ct`` (the sapo), ``div.noidung_ct`` (editor text),
``div.tg_nguon`` (Tác giả / Nguồn fields), tool bar, "Ý kiến bạn đọc", "Các tin khác" (the two
newest other items of the category).

How each gold article is reached
--------------------------------
Categories: Tin tức - Sự kiện (101) with children Hoạt động nhà trường (102) and Hoạt động Đội
(103); Hoạt động chuyên môn (104); Thông báo (105). Listings hold 3 items a page, newest first.
The home shows "Tin mới nhất" (5 newest), "Tin tức - Sự kiện" (4 newest), "Hoạt động chuyên môn"
(3) and the right column's "Thông báo" (3). "Hội nghị Ban đại diện cha mẹ học sinh …" (4578) and
"Hưởng ứng Tuần lễ học tập suốt đời năm 2026" (4561) are reachable only through page 2 of
"Hoạt động nhà trường" or pages 2-3 of "Tin tức - Sự kiện". Walking every link and GET form
inside the prefix takes 35 page requests (48 with the print views opened by ``onclick``).

Traps
-----
1. Shared host, one template: the Department's news at the root (``/tin-tuc/<slug>-<id>.html``)
   and two other schools' sites print exactly the same article markup and URL shape, and every
   school page links to them (top bar, "Tin từ Sở GD&ĐT" portlet, "Website các trường" links,
   an in-text "Xem thêm" link). The Department even reprints article 4561 at
   ``/tin-tuc/huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026-4549.html`` with the same title and
   text. Gold: only articles under ``/thcs-nghiatan/``; the school's copy of 4561 is gold, the
   root copy is not the school's and is no gold record.
2. ``<base href="http://<host>/thcs-nghiatan/">`` and relative links everywhere
   (``tin-tuc/x-1.html``, ``chuyen-muc/…``, some images ``Upload/…``): resolved against the page's
   own URL they give ``/thcs-nghiatan/tin-tuc/tin-tuc/…`` (404). Gold paths and the images of
   article 4617 are resolved against the base.
3. Pagination links carry ``rel="nofollow"`` and are the only way to 4578 and 4561.
4. Dates: vi-VN 12-hour clock with SA/CH: "2:30:00 CH" -> 14:30, "12:15:00 CH" -> 12:15,
   "12:00:00 SA" (4625) is midnight -> the day alone; article 4694 prints "Cập nhật lúc …" above
   its title, before "Ngày đăng" (the update is not the date); the official notice 4683 is posted
   01/12 but its letterhead says 30/11 -> "2026-11-30". The header's today is never a date.
5. Duplicates: the "Tin mới" ticker still links 4694 under the slug it had before its title was
   edited (served 200, canonical to the new slug); "In bài" opens ``in-bai-<id>.html`` via
   ``onclick``. Both are alt_paths.
6. Bylines: "Người đăng: thcsnghiatan.qt" on every article (a CMS account -> nobody); the "Tác
   giả:" field with degree and post ("ThS. Vũ Hoàng Nam - Phó Hiệu trưởng" -> "Vũ Hoàng Nam",
   "GV. Trần Minh Đức - Tổ KHTN" -> "Trần Minh Đức", "Admin" -> nobody); right-aligned units
   ("Tổ Ngữ văn", "Tổ Toán - Tin" — the hyphen is part of the unit's name, "Văn phòng nhà trường",
   "Liên đội THCS Nghĩa Tân"); "Tin, ảnh: X"; "Tin: X - Ảnh: Y (lớp 9A3)"; "BBT" -> nobody.
7. Captions: a caption row under the photo in a layout table; "(…)" lines (parentheses taken off);
   photo + ``<br>`` + caption in one paragraph; "Ảnh: X" credit lines (caption None); a centred
   italic quotation that follows text, not a photo, is body text; 👉 drawn as ``<img
   class="emoji">`` at the start of lines is a bullet: neither an image nor text.
8. Sapo: ``div.tomtat_ct`` is the sapo; in 4694 the editor pasted it again as the first body
   paragraph (taken once); 4671 has no sapo field but opens with a bold lead (the sapo); listings
   and ``meta description`` print an automatic teaser that is not a sapo (summary null).
9. Text as editors leave it: 4702 is stored decomposed (NFD); 4625 came through FCKeditor with
   entity references for every second letter and Word lists (``mso-list:Ignore`` markers are no
   text, the "- " typed by hand is); 4603 is Word HTML with a bracketed call "[1]", a bare
   superscript call (dropped) and its "Tài liệu tham khảo" entries (text).
10. Chrome that looks like content: "Ý kiến bạn đọc" with parents' comments, a home pop-up notice
   (``modal_tb``), "Xem thêm:" lines, "File đính kèm" lines and tables, "Các tin khác".
11. The intro "Lịch sử hình thành và phát triển" uses the article template (h1, tool bar, "Các
   tin khác") but has no date and sits under "Giới thiệu": not an article (NON_ARTICLES).

Gold decisions on ambiguous points
----------------------------------
- Scope is the school's prefix ``/thcs-nghiatan/`` (the start URL the user gives); pages of the
  Department and of other schools are neither gold nor NON_ARTICLES.
- 4683 (official notice): title = the page's h1; body = the "Căn cứ …" lines, the text and the
  schedule table's rows, without letterhead, "THÔNG BÁO", "Về việc …", "Nơi nhận" and the
  signature block; author = the signer "Đỗ Quang Huy"; date = the letterhead's day.
- 4694: the pasted duplicate of the sapo is not a second paragraph; body starts with the sapo once.
- 4671: the bold lead is the summary (no ``tomtat_ct``), and the body's first paragraph.
- A unit signing alone is the author as printed, even when its name holds " - " ("Tổ Toán -
  Tin"); "Phạm Gia Bảo (lớp 9A3)" -> "Phạm Gia Bảo".
- Source: the "Nguồn:" field of 4561 ("Sở GD&ĐT Hà Nội"); an empty "Nguồn:" field is null.
- Slug variants not linked anywhere are not served (404); only the slugs an article had are.
- Table rows: cells joined by " | ", the header row included.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "hanoi_edu_portal_thcs"
PLATFORM = "Hanoi education shared portal (ASP.NET vendor, one host, /<school-code>/ per school)"
SCHOOL = "thcs-nghiatan"
START_PATH = f"/{SCHOOL}/"
TODAY_HEADER = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3


# --- units of the shared portal ---------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    cid: int
    slug: str
    name: str
    parent: int | None = None


@dataclass
class Unit:
    """One site of the shared portal: the Department (code "") or a school."""

    code: str
    name: str
    upper: str
    parent_org: str
    address: str
    phone: str
    email: str
    cats: list[Cat]
    stories: list[Story] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        return f"/{self.code}/" if self.code else "/"

    def cat(self, cid: int) -> Cat:
        return next(c for c in self.cats if c.cid == cid)

    def cat_by_name(self, name: str) -> Cat:
        return next(c for c in self.cats if c.name == name)

    def in_cat(self, cid: int) -> list[Story]:
        """Newest first; a parent category lists its children's items too."""
        ids = {cid} | {c.cid for c in self.cats if c.parent == cid}
        items = [s for s in self.stories if self.cat_by_name(s.cat).cid in ids]
        return sorted(items, key=lambda s: s.opts["posted"], reverse=True)

    def newest(self, n: int) -> list[Story]:
        return sorted(self.stories, key=lambda s: s.opts["posted"], reverse=True)[:n]


SCHOOL_CATS = [
    Cat(101, "tin-tuc-su-kien", "Tin tức - Sự kiện"),
    Cat(102, "hoat-dong-nha-truong", "Hoạt động nhà trường", 101),
    Cat(103, "hoat-dong-doi", "Hoạt động Đội", 101),
    Cat(104, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    Cat(105, "thong-bao", "Thông báo"),
]


def S(sid: int, slug: str, title: str, cat: str, published_at: str | None, blocks, **kw) -> Story:
    opts = kw.pop("opts", {})
    return Story(sid, slug, title, cat, published_at, list(blocks), opts=opts, **kw)


def up(day: str, name: str) -> str:
    """An upload path of the school's editor (absolute, at the root of the shared host)."""
    return f"/Upload/{SCHOOL}/2026/{day}/{name}"


NT = "Hoạt động nhà trường"
DOI = "Hoạt động Đội"
CM = "Hoạt động chuyên môn"
TB = "Thông báo"

_SAPO_4694 = (
    "Ngày 01/12/2026, hơn 400 học sinh khối 8 Trường THCS Nghĩa Tân đã tham gia chương trình "
    "trải nghiệm thực tế tại Bảo tàng Dân tộc học Việt Nam, gắn với nội dung môn Lịch sử và Địa "
    "lí, Giáo dục địa phương."
)
_TXT_4561 = [
    "Thực hiện Kế hoạch của UBND Thành phố về tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 "
    "với chủ đề “Học tập suốt đời - Chìa khóa của phát triển bền vững”, các cơ sở giáo dục trên "
    "địa bàn Thủ đô đồng loạt tổ chức nhiều hoạt động thiết thực từ ngày 01/10 đến ngày 07/10/2026.",
    "Tại các nhà trường, lễ phát động được tổ chức trong giờ chào cờ sáng thứ Hai đầu tuần; thư viện "
    "mở cửa cả buổi trưa, giới thiệu sách mới và tổ chức “Ngày hội đọc sách” cho học sinh các khối "
    "lớp.",
    "Các tổ chuyên môn tổ chức chuyên đề bồi dưỡng kĩ năng khai thác học liệu số, sử dụng kho bài "
    "giảng điện tử của ngành; cán bộ, giáo viên, nhân viên đăng kí các khóa học trực tuyến về chuyển "
    "đổi số trong dạy học.",
    "Tuần lễ là dịp để mỗi thầy cô và học sinh nâng cao ý thức tự học, tích cực đọc sách, góp phần "
    "xây dựng xã hội học tập ngay từ mỗi lớp học, mỗi gia đình.",
]

STORIES: list[Story] = [
    # --- Hoạt động nhà trường -------------------------------------------------------------
    S(
        4561,
        "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        NT,
        "2026-10-02T15:20:00+07:00",
        [
            P(_TXT_4561[0]),
            P(_TXT_4561[1]),
            Img(up("10/02", "tuan-le-hoc-tap-suot-doi.jpg"), "(Học sinh tham gia Ngày hội đọc sách tại thư viện nhà trường)",
                "Học sinh tham gia Ngày hội đọc sách tại thư viện nhà trường", "next"),
            P(_TXT_4561[2]),
            P(_TXT_4561[3]),
            Raw('<p style="text-align: justify;"><em><strong>Xem thêm:</strong> <a href="/tin-tuc/'
                'huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026-4549.html">Hưởng ứng Tuần lễ học '
                'tập suốt đời năm 2026 (Cổng TTĐT Sở GD&amp;ĐT)</a></em></p>'),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        source="Sở GD&ĐT Hà Nội",
        opts={"posted": "2026-10-02 15:20", "tg": "", "nguon": "Sở GD&ĐT Hà Nội"},
    ),
    S(
        4578,
        "hoi-nghi-ban-dai-dien-cha-me-hoc-sinh-nam-hoc-2026-2027",
        "Hội nghị Ban đại diện cha mẹ học sinh năm học 2026 - 2027",
        NT,
        "2026-10-10T08:45:00+07:00",
        [
            P("Chiều ngày 09/10/2026, Trường THCS Nghĩa Tân tổ chức Hội nghị Ban đại diện cha mẹ học "
              "sinh năm học 2026 - 2027. Tham dự hội nghị có Ban giám hiệu nhà trường, giáo viên chủ "
              "nhiệm 32 lớp và đại diện cha mẹ học sinh các lớp."),
            P("Tại hội nghị, thầy Vũ Hoàng Nam - Phó Hiệu trưởng nhà trường báo cáo tổng kết năm học "
              "2025 - 2026 và triển khai các nhiệm vụ trọng tâm của năm học mới, trong đó nhấn mạnh:"),
            P("Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp;", "li"),
            P("Tăng cường giáo dục kĩ năng sống, an toàn giao thông và phòng chống bạo lực học đường;", "li"),
            P("Phối hợp chặt chẽ giữa nhà trường, gia đình và xã hội trong công tác giáo dục học sinh.", "li"),
            Img(up("10/10", "hoi-nghi-cmhs-2026.jpg"), None, None, "none"),
            P("Hội nghị đã bầu Ban đại diện cha mẹ học sinh nhà trường gồm 11 thành viên; ông Đặng Quốc "
              "Việt (phụ huynh lớp 8A2) được bầu làm Trưởng ban."),
            Raw('<p style="text-align: right;"><em>Văn phòng nhà trường</em></p>'),
        ],
        authors=["Văn phòng nhà trường"],
        opts={"posted": "2026-10-10 08:45"},
    ),
    S(
        4617,
        "dien-tap-phuong-an-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
        "Diễn tập phương án phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
        NT,
        "2026-11-05T09:40:00+07:00",
        [
            P("Sáng 04/11/2026, phối hợp với Đội Cảnh sát PCCC&CNCH khu vực, nhà trường tổ chức diễn "
              "tập phương án chữa cháy với tình huống giả định cháy tại phòng thực hành Tin học tầng 3 "
              "nhà B."),
            P("Ngay khi phát hiện đám cháy, lực lượng PCCC cơ sở của nhà trường đã báo động, ngắt điện, "
              "sử dụng bình chữa cháy xách tay để dập lửa ban đầu, đồng thời hướng dẫn hơn 1.200 học "
              "sinh thoát nạn ra sân trường theo đúng lối đi quy định trong vòng 4 phút."),
            Img("Upload/2026/11/05/dien-tap-pccc-01.jpg", "Lực lượng PCCC cơ sở của nhà trường dập đám cháy giả định",
                "Lực lượng PCCC cơ sở của nhà trường dập đám cháy giả định", "inline"),
            P("Sau buổi diễn tập, cán bộ Cảnh sát PCCC hướng dẫn học sinh cách sử dụng bình chữa cháy, "
              "cách dùng khăn ướt che mũi miệng và di chuyển thấp người khi thoát qua khu vực có khói."),
            Img("Upload/2026/11/05/dien-tap-pccc-02.jpg", "Học sinh thực hành sử dụng bình chữa cháy",
                "Học sinh thực hành sử dụng bình chữa cháy", "inline"),
            P("Buổi diễn tập giúp cán bộ, giáo viên và học sinh nâng cao ý thức, kĩ năng xử lí tình huống "
              "khi có sự cố cháy, nổ xảy ra."),
        ],
        summary="Nhằm nâng cao kĩ năng thoát nạn và xử lí sự cố cháy, nổ cho cán bộ, giáo viên và học "
                "sinh, Trường THCS Nghĩa Tân tổ chức buổi diễn tập phương án phòng cháy, chữa cháy và "
                "cứu nạn, cứu hộ năm 2026.",
        sapo_outside=True,
        authors=["Vũ Hoàng Nam"],
        opts={"posted": "2026-11-05 09:40", "tg": "ThS. Vũ Hoàng Nam - Phó Hiệu trưởng", "nguon": "",
              "image_page": f"/{SCHOOL}/"},
    ),
    S(
        4652,
        "truong-thcs-nghia-tan-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trường THCS Nghĩa Tân tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        NT,
        "2026-11-20T11:30:00+07:00",
        [
            P("Mở đầu buổi lễ là chương trình văn nghệ chào mừng do các em học sinh khối 6, khối 7 biểu "
              "diễn với những ca khúc, điệu múa ca ngợi tình thầy trò, mái trường mến yêu."),
            Img(up("11/20", "le-ky-niem-20-11-01.jpg"), "Tiết mục văn nghệ chào mừng của học sinh khối 7",
                "Tiết mục văn nghệ chào mừng của học sinh khối 7", "tbl"),
            P("Phát biểu tại buổi lễ, cô Nguyễn Thị Minh Hằng - Hiệu trưởng nhà trường ôn lại truyền "
              "thống vẻ vang của ngành Giáo dục Việt Nam. Năm học 2025 - 2026, nhà trường có 46 học sinh "
              "đạt giải học sinh giỏi cấp thành phố, tỉ lệ học sinh lớp 9 trúng tuyển vào lớp 10 công "
              "lập đạt 92,6%."),
            P("“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo.”", "ci"),
            P("Thay mặt lãnh đạo địa phương, đồng chí Lê Thị Thu Trang - Phó Chủ tịch UBND phường Nghĩa "
              "Đô ghi nhận những thành tích của tập thể cán bộ, giáo viên, nhân viên nhà trường và đề "
              "nghị nhà trường tiếp tục đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục toàn "
              "diện."),
            Img(up("11/20", "le-ky-niem-20-11-02.jpg"),
                "(Lãnh đạo UBND phường Nghĩa Đô tặng hoa chúc mừng tập thể giáo viên nhà trường)",
                "Lãnh đạo UBND phường Nghĩa Đô tặng hoa chúc mừng tập thể giáo viên nhà trường", "next"),
            P("Dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường "
              "và trao 20 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn vươn "
              "lên trong học tập."),
            Img(up("11/20", "le-ky-niem-20-11-03.jpg"), "Ảnh: Nguyễn Thu Hà", None, "next"),
            P("Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho các thế hệ thầy và trò "
              "Trường THCS Nghĩa Tân."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thu Hà</strong></p>'),
        ],
        summary="Sáng ngày 20/11/2026, Trường THCS Nghĩa Tân long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của lãnh đạo UBND phường "
                "Nghĩa Đô, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo và học sinh nhà "
                "trường.",
        sapo_outside=True,
        authors=["Nguyễn Thu Hà"],
        photographers=["Nguyễn Thu Hà"],
        opts={"posted": "2026-11-20 11:30", "comments": [
            ("Phụ huynh Trần Thị Mai (lớp 6A4)", "20/11/2026 8:12:00 CH",
             "Xin chúc các thầy cô giáo Trường THCS Nghĩa Tân luôn mạnh khỏe, hạnh phúc và thành công!"),
            ("Cựu học sinh khóa 2015 - 2019", "21/11/2026 7:03:00 SA",
             "Nhìn ảnh thấy nhớ trường, nhớ cô Hằng chủ nhiệm quá. Chúc mừng thầy cô nhân ngày 20/11!"),
        ]},
    ),
    S(
        4694,
        "hoc-sinh-khoi-8-trai-nghiem-thuc-te-tai-bao-tang-dan-toc-hoc-viet-nam",
        "Học sinh khối 8 trải nghiệm thực tế tại Bảo tàng Dân tộc học Việt Nam",
        NT,
        "2026-12-02T17:50:00+07:00",
        [
            Raw(f'<p style="text-align: justify;"><strong>{esc(_SAPO_4694)}</strong></p>'),
            P("Tại bảo tàng, các em được nghe thuyết minh về đời sống, văn hóa của 54 dân tộc anh em, "
              "tham quan khu trưng bày ngoài trời với nhà rông Ba Na, nhà dài Ê Đê, nhà mồ Gia Rai và "
              "nhà sàn Tày."),
            Img(up("12/02", "trai-nghiem-btdth-01.jpg"), "Học sinh lớp 8A1 tìm hiểu nhà rông Ba Na",
                "Học sinh lớp 8A1 tìm hiểu nhà rông Ba Na", "tbl"),
            P("Các lớp hoàn thành phiếu học tập theo nhóm, ghi chép, chụp ảnh tư liệu để chuẩn bị cho "
              "sản phẩm thuyết trình “Sắc màu văn hóa các dân tộc Việt Nam” trong tiết Giáo dục địa "
              "phương tuần tới."),
            Img(up("12/02", "trai-nghiem-btdth-02.jpg"), "Các nhóm hoàn thành phiếu học tập tại khu trưng bày ngoài trời",
                "Các nhóm hoàn thành phiếu học tập tại khu trưng bày ngoài trời", "tbl"),
            P("Chuyến đi giúp học sinh thêm hiểu và trân trọng bản sắc văn hóa dân tộc, rèn luyện kĩ năng "
              "làm việc nhóm và ý thức giữ gìn di sản."),
            Raw('<p style="text-align: right;"><strong>Tin: Hoàng Minh Ngọc - Ảnh: Lê Văn Khánh</strong></p>'),
        ],
        summary=_SAPO_4694,
        sapo_outside=True,
        authors=["Hoàng Minh Ngọc"],
        photographers=["Lê Văn Khánh"],
        opts={"posted": "2026-12-02 17:50", "capnhat": "8:10:00 SA 05/12/2026",
              "old_slugs": ["hoc-sinh-khoi-8-tham-quan-bao-tang-dan-toc-hoc"]},
    ),
    # --- Hoạt động Đội -------------------------------------------------------------------
    S(
        4590,
        "lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun-vo-hop-sua",
        "Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ hộp sữa",
        DOI,
        "2026-10-20T16:10:00+07:00",
        [
            P("Hưởng ứng chủ đề năm học “Đội viên chăm ngoan - Sống xanh mỗi ngày” 🌿, Liên đội Trường "
              "THCS Nghĩa Tân phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027 tới toàn thể đội "
              "viên."),
            P("Nội dung phong trào gồm:"),
            P("Thu gom giấy vụn, sách báo cũ theo chi đội, cân và ghi sổ vào sáng thứ Sáu hằng tuần;",
              '<p style="margin-left: 20px;"><img alt="👉" class="emoji" src="/images/emoji/1f449.png" '
              'style="height:16px;width:16px" /> Thu gom giấy vụn, sách báo cũ theo chi đội, cân và ghi sổ '
              'vào sáng thứ Sáu hằng tuần;</p>'),
            P("Rửa sạch, ép dẹt vỏ hộp sữa sau giờ ăn bán trú, tập kết tại “Góc tái chế” cạnh phòng Đội;",
              '<p style="margin-left: 20px;"><img alt="👉" class="emoji" src="/images/emoji/1f449.png" '
              'style="height:16px;width:16px" /> Rửa sạch, ép dẹt vỏ hộp sữa sau giờ ăn bán trú, tập kết '
              'tại “Góc tái chế” cạnh phòng Đội;</p>'),
            P("Số tiền thu được dùng để mua áo ấm tặng học sinh vùng cao và hỗ trợ bạn có hoàn cảnh khó "
              "khăn của trường.",
              '<p style="margin-left: 20px;"><img alt="👉" class="emoji" src="/images/emoji/1f449.png" '
              'style="height:16px;width:16px" /> Số tiền thu được dùng để mua áo ấm tặng học sinh vùng '
              'cao và hỗ trợ bạn có hoàn cảnh khó khăn của trường.</p>'),
            Img(up("10/20", "ke-hoach-nho-2026.jpg"), "Đội viên chi đội 7A5 mang giấy vụn đến điểm tập kết",
                "Đội viên chi đội 7A5 mang giấy vụn đến điểm tập kết", "next"),
            P("Ngay trong tuần đầu phát động, toàn Liên đội đã thu gom được 1.350 kg giấy vụn và gần "
              "6.000 vỏ hộp sữa. Chi đội 7A5 dẫn đầu với 112 kg giấy vụn. 💪"),
            Raw('<p style="text-align: right;"><strong><em>Liên đội THCS Nghĩa Tân</em></strong></p>'),
        ],
        authors=["Liên đội THCS Nghĩa Tân"],
        opts={"posted": "2026-10-20 16:10"},
    ),
    S(
        4671,
        "chung-ket-hoi-thi-net-dep-doi-vien-nam-hoc-2026-2027",
        "Chung kết Hội thi “Nét đẹp đội viên” năm học 2026 - 2027",
        DOI,
        "2026-11-27T12:15:00+07:00",
        [
            P("Sáng 26/11/2026, Liên đội Trường THCS Nghĩa Tân tổ chức vòng chung kết Hội thi “Nét đẹp "
              "đội viên” với sự tham gia của 8 đội thi xuất sắc nhất đại diện cho 4 khối lớp.", "b"),
            P("Các đội thi tranh tài qua ba phần: chào hỏi, kiến thức về Đội TNTP Hồ Chí Minh và nghi "
              "thức Đội, năng khiếu. Phần thi năng khiếu với những tiết mục nhảy dân vũ, tiểu phẩm về "
              "an toàn giao thông và phòng chống bắt nạt học đường nhận được nhiều tràng pháo tay của "
              "khán giả."),
            Img(up("11/27", "net-dep-doi-vien-01.jpg"), "Phần thi nghi thức Đội của chi đội 9A3",
                "Phần thi nghi thức Đội của chi đội 9A3", "tbl"),
            P("Kết quả chung cuộc:", "h"),
            P("Giải | Chi đội", "tr"),
            P("Giải Nhất | 9A3", "tr"),
            P("Giải Nhì | 8A1, 7A2", "tr"),
            P("Giải Ba | 6A5, 9A1, 8A4", "tr"),
            Img(up("11/27", "net-dep-doi-vien-02.jpg"), "Ảnh: Phạm Gia Bảo", None, "next"),
            P("Hội thi là sân chơi bổ ích giúp đội viên rèn luyện kĩ năng, tự tin thể hiện bản thân, "
              "góp phần xây dựng hình ảnh người đội viên “Chăm ngoan - Tiến bộ - Sáng tạo”."),
            Raw('<p style="text-align: right;"><em>Tin: Lê Phương Thảo - Ảnh: Phạm Gia Bảo (lớp 9A3)</em></p>'),
        ],
        summary="Sáng 26/11/2026, Liên đội Trường THCS Nghĩa Tân tổ chức vòng chung kết Hội thi “Nét "
                "đẹp đội viên” với sự tham gia của 8 đội thi xuất sắc nhất đại diện cho 4 khối lớp.",
        authors=["Lê Phương Thảo"],
        photographers=["Phạm Gia Bảo"],
        opts={"posted": "2026-11-27 12:15"},
    ),
    # --- Hoạt động chuyên môn -----------------------------------------------------------------
    S(
        4603,
        "chuyen-de-ngu-van-9-day-hoc-doc-hieu-van-ban-nghi-luan-theo-chuong-trinh-gdpt-2018",
        "Chuyên đề Ngữ văn 9: Dạy học đọc hiểu văn bản nghị luận theo Chương trình GDPT 2018",
        CM,
        "2026-10-28T10:00:00+07:00",
        [
            P("Ngày 27/10/2026, Tổ Ngữ văn tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo "
              "Chương trình GDPT 2018” qua tiết dạy minh họa bài “Bàn về đọc sách” tại lớp 9A2 do cô "
              "Phan Thị Ngọc Lan thực hiện.", "word"),
            P("1. Mục tiêu của chuyên đề", "h3"),
            P("Theo Chương trình GDPT 2018, môn Ngữ văn hướng tới hình thành và phát triển cho học sinh "
              "các phẩm chất chủ yếu và năng lực cốt lõi, trong đó năng lực đọc hiểu văn bản nghị luận "
              "giữ vai trò quan trọng ở lớp 9.[1]",
              '<p class="MsoNormal" style="text-align:justify;line-height:150%"><span style="font-size:'
              '14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">Theo Chương trình '
              'GDPT 2018, môn Ngữ văn hướng tới hình thành và phát triển cho học sinh các phẩm chất chủ '
              'yếu và năng lực cốt lõi, trong đó năng lực đọc hiểu văn bản nghị luận giữ vai trò quan '
              'trọng ở lớp 9.<a href="#_tltk1" name="_ref1">[1]</a><o:p></o:p></span></p>'),
            P("Định hướng này tiếp nối tinh thần đổi mới căn bản, toàn diện giáo dục và đào tạo của "
              "Hội nghị Trung ương 8 khóa XI về chuyển mạnh quá trình giáo dục từ chủ yếu trang bị kiến "
              "thức sang phát triển toàn diện năng lực và phẩm chất người học.",
              '<p class="MsoNormal" style="text-align:justify;line-height:150%"><span style="font-size:'
              '14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">Định hướng này '
              'tiếp nối tinh thần đổi mới căn bản, toàn diện giáo dục và đào tạo của Hội nghị Trung ương '
              '8 khóa XI<sup><a href="#_tltk2" name="_ref2">2</a></sup> về chuyển mạnh quá trình giáo dục '
              'từ chủ yếu trang bị kiến thức sang phát triển toàn diện năng lực và phẩm chất người học.'
              '<o:p></o:p></span></p>'),
            P("2. Tiết dạy minh họa", "h3"),
            P("Tiết dạy được thiết kế theo chuỗi hoạt động: khởi động bằng câu hỏi về thói quen đọc sách "
              "của học sinh; hình thành kiến thức qua phiếu học tập phân tích luận đề, luận điểm, lí lẽ "
              "và bằng chứng; luyện tập với sơ đồ tư duy; vận dụng bằng đoạn văn nghị luận ngắn.", "word"),
            Img(up("10/28", "chuyen-de-ngu-van-9.jpg"), "Cô Phan Thị Ngọc Lan hướng dẫn học sinh lớp 9A2 thảo luận nhóm",
                "Cô Phan Thị Ngọc Lan hướng dẫn học sinh lớp 9A2 thảo luận nhóm", "tbl"),
            P("3. Thảo luận, rút kinh nghiệm", "h3"),
            P("Các thầy cô dự giờ đánh giá cao việc giáo viên tổ chức cho học sinh tự phát hiện hệ thống "
              "luận điểm, đồng thời đề xuất tăng thời lượng cho hoạt động viết kết nối với đọc.", "word"),
            P("Tài liệu tham khảo", "h3"),
            P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành "
              "kèm theo Thông tư số 32/2018/TT-BGDĐT.",
              '<p class="MsoNormal" id="_tltk1" style="margin-left:18pt;text-indent:-18pt"><span style="'
              'font-size:12.0pt"><a href="#_ref1" name="_tltk1">[1]</a> Bộ Giáo dục và Đào tạo (2018), '
              '<i>Chương trình giáo dục phổ thông môn Ngữ văn</i>, ban hành kèm theo Thông tư số '
              '32/2018/TT-BGDĐT.<o:p></o:p></span></p>'),
            P("[2] Ban Chấp hành Trung ương (2013), Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn diện "
              "giáo dục và đào tạo.",
              '<p class="MsoNormal" id="_tltk2" style="margin-left:18pt;text-indent:-18pt"><span style="'
              'font-size:12.0pt"><a href="#_ref2" name="_tltk2">[2]</a> Ban Chấp hành Trung ương (2013), '
              '<i>Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo</i>.'
              '<o:p></o:p></span></p>'),
            Raw('<p style="text-align: right;"><strong>Tổ Ngữ văn</strong></p>'),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"posted": "2026-10-28 10:00"},
    ),
    S(
        4638,
        "ket-qua-thi-olympic-toan-hoc-va-khoa-hoc-tu-nhien-cap-truong-khoi-6-7",
        "Kết quả thi Olympic Toán học và Khoa học tự nhiên cấp trường khối 6, 7",
        CM,
        "2026-11-14T15:05:00+07:00",
        [
            P("Thực hiện kế hoạch bồi dưỡng học sinh năng khiếu năm học 2026 - 2027, ngày 12/11/2026 Tổ "
              "Toán - Tin phối hợp với Tổ Khoa học tự nhiên tổ chức kì thi Olympic Toán học và Khoa học "
              "tự nhiên cấp trường cho học sinh khối 6, 7.", "br"),
            P("Kì thi có 186 học sinh tham gia, làm bài trong 90 phút theo hình thức tự luận kết hợp "
              "trắc nghiệm."),
            P("Kết quả cụ thể như sau:"),
            P("Môn thi | Khối | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "tr"),
            P("Toán học | 6 | 2 | 5 | 9 | 12", "tr"),
            P("Toán học | 7 | 3 | 6 | 8 | 10", "tr"),
            P("Khoa học tự nhiên | 6 | 1 | 4 | 7 | 11", "tr"),
            P("Khoa học tự nhiên | 7 | 2 | 5 | 6 | 9", "tr"),
            P("Nhà trường sẽ khen thưởng các học sinh đạt giải trong buổi chào cờ đầu tuần và lựa chọn "
              "học sinh xuất sắc vào đội tuyển năng khiếu của trường."),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"posted": "2026-11-14 15:05", "tg": "Tổ Toán - Tin", "nguon": ""},
    ),
    S(
        4702,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-khoa-hoc-tu-nhien-8",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Khoa học tự nhiên 8",
        CM,
        "2026-12-04T07:55:00+07:00",
        [
            P("Chiều 03/12/2026, Tổ Khoa học tự nhiên tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
              "bài học qua tiết dạy “Tốc độ phản ứng và chất xúc tác” tại lớp 8A4."),
            P("Trọng tâm của buổi sinh hoạt không phải là đánh giá giờ dạy của giáo viên mà là quan sát, "
              "phân tích việc học của từng nhóm học sinh: học sinh học như thế nào, gặp khó khăn ở đâu và "
              "vì sao."),
            Img(up("12/04", "shcm-khtn-8-01.jpg"), "Học sinh lớp 8A4 làm thí nghiệm so sánh tốc độ phản ứng",
                "Học sinh lớp 8A4 làm thí nghiệm so sánh tốc độ phản ứng", "tbl"),
            P("Qua thảo luận, tổ thống nhất điều chỉnh phiếu học tập, bổ sung bước dự đoán kết quả trước "
              "khi làm thí nghiệm và phân công vai trò rõ ràng cho các thành viên trong nhóm."),
            P("Các giải pháp này sẽ được áp dụng trong các tiết thực hành tiếp theo của khối 8."),
        ],
        authors=["Trần Minh Đức"],
        opts={"posted": "2026-12-04 07:55", "tg": "GV. Trần Minh Đức - Tổ KHTN", "nguon": "", "nfd": True},
    ),
    # --- Thông báo -----------------------------------------------------------------------------
    S(
        4625,
        "thong-bao-lich-tiep-cha-me-hoc-sinh-cua-ban-giam-hieu-hoc-ki-i",
        "Thông báo lịch tiếp cha mẹ học sinh của Ban giám hiệu học kì I",
        TB,
        "2026-11-08",
        [
            P("Nhằm tăng cường trao đổi thông tin giữa nhà trường và gia đình học sinh, Ban giám hiệu "
              "Trường THCS Nghĩa Tân thông báo lịch tiếp cha mẹ học sinh học kì I năm học 2026 - 2027 "
              "như sau:"),
            P("Thời gian: sáng thứ Bảy hằng tuần, từ 8 giờ 00 đến 10 giờ 30.", "mso"),
            P("Địa điểm: Phòng tiếp phụ huynh, tầng 1 nhà A.", "mso"),
            P("Nội dung: tiếp nhận ý kiến, kiến nghị liên quan đến việc học tập, rèn luyện của học sinh.", "mso"),
            P("- Cha mẹ học sinh có nhu cầu vui lòng đăng kí trước qua giáo viên chủ nhiệm hoặc số điện "
              "thoại Văn phòng nhà trường."),
            P("Trân trọng thông báo!"),
        ],
        opts={"posted": "2026-11-08 00:00", "entities": 2},
    ),
    S(
        4683,
        "thong-bao-lich-kiem-tra-danh-gia-cuoi-hoc-ki-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra, đánh giá cuối học kì I năm học 2026 - 2027",
        TB,
        "2026-11-30",
        [
            Raw('<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="text-align:center;width:40%">UBND PHƯỜNG NGHĨA ĐÔ<br /><strong>TRƯỜNG THCS '
                'NGHĨA TÂN</strong><br />Số: 215/TB-THCSNT</td><td style="text-align:center"><strong>CỘNG '
                'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u>'
                '</strong><br /><em>Nghĩa Đô, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>'),
            Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>Về việc lịch kiểm '
                'tra, đánh giá cuối học kì I năm học 2026 - 2027</strong></p>'),
            P("Căn cứ Kế hoạch số 187/KH-THCSNT ngày 05/9/2026 của Trường THCS Nghĩa Tân về thực hiện "
              "nhiệm vụ năm học 2026 - 2027;"),
            P("Căn cứ Công văn số 4120/SGDĐT-GDTrH ngày 25/11/2026 của Sở GD&ĐT Hà Nội về việc hướng dẫn "
              "kiểm tra, đánh giá cuối học kì I;"),
            P("Trường THCS Nghĩa Tân thông báo lịch kiểm tra, đánh giá cuối học kì I năm học 2026 - 2027 "
              "như sau:"),
            P("1. Lịch kiểm tra", "h"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("Thứ Hai, 14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("Thứ Ba, 15/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("Thứ Tư, 16/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("Thứ Năm, 17/12/2026 | Sáng | Khoa học tự nhiên; Lịch sử và Địa lí | 60 phút", "tr"),
            P("2. Tổ chức thực hiện", "h"),
            P("Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và cha mẹ học sinh; học sinh có "
              "mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."),
            P("Các môn còn lại kiểm tra theo kế hoạch của tổ chuyên môn trong tuần từ 07/12 đến "
              "12/12/2026."),
            Raw('<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />- Như '
                'trên;<br />- Lưu: VT.</td><td style="text-align:center"><strong>KT. HIỆU TRƯỞNG<br />PHÓ '
                'HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Đỗ Quang Huy</strong>'
                '</td></tr></tbody></table>'),
        ],
        authors=["Đỗ Quang Huy"],
        opts={"posted": "2026-12-01 09:05",
              "attach": [("TB-215-lich-kiem-tra-HKI.pdf", f"/Upload/{SCHOOL}/vanban/TB-215-lich-kiem-tra-HKI.pdf")]},
    ),
    S(
        4709,
        "ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        TB,
        "2026-12-04T16:45:00+07:00",
        [
            P("Theo kế hoạch, Hội khỏe Phù Đổng cấp trường diễn ra từ ngày 14/12 đến ngày 19/12/2026 tại "
              "sân trường và nhà thể chất, gồm các môn: điền kinh, bóng đá nam, cầu lông, bóng bàn, kéo "
              "co và nhảy dây tập thể."),
            P("Mỗi lớp đăng kí tối đa 2 vận động viên mỗi nội dung cá nhân; danh sách gửi về thầy Ngô "
              "Đức Anh - giáo viên Giáo dục thể chất trước ngày 10/12/2026."),
            P("Học sinh tham gia thi đấu phải có giấy xác nhận đủ sức khỏe của phụ huynh, mặc trang phục "
              "thể thao và tuân thủ sự hướng dẫn của Ban tổ chức."),
            Raw('<p><strong>Xem thêm:</strong> <a href="tin-tuc/chung-ket-hoi-thi-net-dep-doi-vien-nam-hoc-'
                '2026-2027-4671.html">Chung kết Hội thi “Nét đẹp đội viên” năm học 2026 - 2027</a></p>'),
        ],
        summary="Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại và tuyển chọn vận "
                "động viên tham gia Hội khỏe Phù Đổng cấp thành phố, Trường THCS Nghĩa Tân xây dựng kế "
                "hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027.",
        sapo_outside=True,
        opts={"posted": "2026-12-04 16:45", "tg": "Admin", "nguon": "",
              "attach": [("KH-HKPD-cap-truong-2026.pdf", f"/Upload/{SCHOOL}/vanban/KH-HKPD-cap-truong-2026.pdf"),
                         ("Mau-dang-ki-VDV.pdf", f"/Upload/{SCHOOL}/vanban/Mau-dang-ki-VDV.pdf")]},
    ),
]

# --- the other units of the shared host (out of the start URL's scope: no gold) -----------------

DEPT_STORIES = [
    S(4549, "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026", "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
      "Tin tức - Sự kiện", "2026-10-01T09:00:00+07:00",
      [P(t) for t in _TXT_4561], opts={"posted": "2026-10-01 09:00", "tg": "Phòng GDTX", "nguon": ""}),
    S(4660, "ha-noi-to-chuc-ky-thi-chon-hoc-sinh-gioi-thanh-pho-lop-9-nam-hoc-2026-2027",
      "Hà Nội tổ chức kỳ thi chọn học sinh giỏi thành phố lớp 9 năm học 2026 - 2027",
      "Tin tức - Sự kiện", "2026-11-22T10:30:00+07:00",
      [P("Ngày 21/11/2026, hơn 6.000 học sinh lớp 9 trên toàn thành phố tham dự kỳ thi chọn học sinh "
         "giỏi thành phố với 12 môn thi."),
       P("Kỳ thi được tổ chức nghiêm túc, đúng quy chế tại 22 điểm thi.")],
      opts={"posted": "2026-11-22 10:30", "tg": "Phòng GDTrH", "nguon": ""}),
    S(4698, "so-gd-dt-ha-noi-huong-dan-kiem-tra-danh-gia-cuoi-hoc-ki-i",
      "Sở GD&ĐT Hà Nội hướng dẫn kiểm tra, đánh giá cuối học kì I",
      "Tin tức - Sự kiện", "2026-12-03T14:00:00+07:00",
      [P("Sở GD&ĐT Hà Nội vừa ban hành văn bản hướng dẫn các cơ sở giáo dục tổ chức kiểm tra, đánh giá "
         "cuối học kì I năm học 2026 - 2027."),
       P("Các trường chủ động xây dựng ma trận, đặc tả đề kiểm tra theo định hướng phát triển năng lực.")],
      opts={"posted": "2026-12-03 14:00", "tg": "Phòng GDTrH", "nguon": ""}),
]
YENHOA_STORIES = [
    S(4633, "truong-thcs-yen-hoa-to-chuc-ngay-hoi-doc-sach", "Trường THCS Yên Hòa tổ chức Ngày hội đọc sách",
      "Hoạt động nhà trường", "2026-11-10T09:00:00+07:00",
      [P("Ngày 09/11/2026, Trường THCS Yên Hòa tổ chức Ngày hội đọc sách với chủ đề “Sách - Người bạn "
         "đồng hành”."),
       P("Học sinh các lớp trưng bày, giới thiệu sách và thi kể chuyện theo sách.")],
      opts={"posted": "2026-11-10 09:00"}),
    S(4690, "hoc-sinh-thcs-yen-hoa-gianh-5-giai-hoi-thi-tin-hoc-tre",
      "Học sinh THCS Yên Hòa giành 5 giải Hội thi Tin học trẻ",
      "Hoạt động nhà trường", "2026-12-01T16:00:00+07:00",
      [P("Tại Hội thi Tin học trẻ thành phố năm 2026, học sinh Trường THCS Yên Hòa giành 1 giải Nhì, "
         "2 giải Ba và 2 giải Khuyến khích.")],
      opts={"posted": "2026-12-01 16:00"}),
]
DICHVONG_STORIES = [
    S(4645, "truong-thcs-dich-vong-don-doan-kiem-tra-cong-tac-y-te-truong-hoc",
      "Trường THCS Dịch Vọng đón đoàn kiểm tra công tác y tế trường học",
      "Hoạt động nhà trường", "2026-11-15T10:00:00+07:00",
      [P("Ngày 14/11/2026, đoàn kiểm tra liên ngành đã kiểm tra công tác y tế trường học, an toàn thực "
         "phẩm tại bếp ăn bán trú của Trường THCS Dịch Vọng.")],
      opts={"posted": "2026-11-15 10:00"}),
]


def _unit(code, name, upper, org, address, phone, email, cats, stories) -> Unit:
    return Unit(code, name, upper, org, address, phone, email, cats, stories)


def make_units() -> dict[str, Unit]:
    return {
        "": _unit("", "Sở Giáo dục và Đào tạo Hà Nội", "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI", "UBND THÀNH PHỐ HÀ NỘI",
                  "Số 23 Quang Trung, phường Cửa Nam, Hà Nội", "024.3825.xxxx", "sogddt@hanoi.edu.vn",
                  [Cat(1, "tin-tuc-su-kien", "Tin tức - Sự kiện")], DEPT_STORIES),
        SCHOOL: _unit(SCHOOL, "Trường THCS Nghĩa Tân", "TRƯỜNG THCS NGHĨA TÂN", "UBND PHƯỜNG NGHĨA ĐÔ",
                      "Số 2 phố Tô Hiệu, phường Nghĩa Đô, Hà Nội", "024.3756.2318", "c2nghiatan@hanoi.edu.vn",
                      SCHOOL_CATS, STORIES),
        "thcs-yenhoa": _unit("thcs-yenhoa", "Trường THCS Yên Hòa", "TRƯỜNG THCS YÊN HÒA", "UBND PHƯỜNG YÊN HÒA",
                             "Phố Trung Kính, phường Yên Hòa, Hà Nội", "024.3784.5521", "c2yenhoa@hanoi.edu.vn",
                             SCHOOL_CATS, YENHOA_STORIES),
        "thcs-dichvong": _unit("thcs-dichvong", "Trường THCS Dịch Vọng", "TRƯỜNG THCS DỊCH VỌNG",
                               "UBND PHƯỜNG CẦU GIẤY", "Phố Dịch Vọng Hậu, phường Cầu Giấy, Hà Nội",
                               "024.3793.1120", "c2dichvong@hanoi.edu.vn", SCHOOL_CATS, DICHVONG_STORIES),
    }


# --- the school's documents, albums, videos, calendar (non-articles) ----------------------------

DOCS = [
    {"id": 326, "slug": "quy-che-chi-tieu-noi-bo-nam-2026", "so": "42/QĐ-THCSNT", "ngay": "15/10/2026",
     "loai": "Quyết định", "trich": "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
     "ky": "Nguyễn Thị Minh Hằng", "file": "QD-42-quy-che-chi-tieu-noi-bo-2026.pdf"},
    {"id": 318, "slug": "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027", "so": "187/KH-THCSNT",
     "ngay": "05/09/2026", "loai": "Kế hoạch", "trich": "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
     "ky": "Nguyễn Thị Minh Hằng", "file": "KH-187-ke-hoach-giao-duc-2026-2027.pdf"},
]
ALBUMS = [
    {"id": 77, "slug": "le-khai-giang-nam-hoc-2026-2027", "title": "Lễ khai giảng năm học 2026 - 2027",
     "ngay": "05/09/2026", "n": 6},
]
VIDEOS = [
    {"id": 45, "slug": "tiet-muc-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11",
     "title": "Tiết mục văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11", "ngay": "21/11/2026",
     "yt": "dQ3nGh7kTq0"},
]
WEEKS = {
    48: ("23/11/2026", "29/11/2026"),
    49: ("30/11/2026", "06/12/2026"),
    50: ("07/12/2026", "13/12/2026"),
}
CURRENT_WEEK = 49


# --- rendering ---------------------------------------------------------------------------------


def vn_clock(posted: str) -> str:
    """The platform's vi-VN ``G`` format: "03/12/2026 2:30:00 CH" (12-hour clock, SA/CH)."""
    dt = datetime.strptime(posted, "%Y-%m-%d %H:%M")
    hour = dt.hour % 12 or 12
    return f"{dt:%d/%m/%Y} {hour}:{dt:%M}:00 {'SA' if dt.hour < 12 else 'CH'}"


def vn_day(posted: str) -> str:
    return datetime.strptime(posted, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y")


def _t(story: Story, value: str) -> str:
    return text(value, nfd=story.opts.get("nfd", False), entities=story.opts.get("entities", 0))


def _m(story: Story, markup: str) -> str:
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    if story.opts.get("entities"):
        markup = entity_mix(markup, story.opts["entities"])
    return markup


_PARA = {
    "": '<p style="text-align: justify;">{}</p>',
    "b": '<p style="text-align: justify;"><strong>{}</strong></p>',
    "h": '<p style="text-align: justify;"><strong>{}</strong></p>',
    "h3": '<h3 style="text-align: justify;"><span style="font-size:14.0pt;color:#003399">{}</span></h3>',
    "ci": '<p style="text-align: center;"><em>{}</em></p>',
    "word": (
        '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%"><span '
        'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">{}'
        "<o:p></o:p></span></p>"
    ),
    "mso": (
        '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:'
        'l0 level1 lfo1"><!--[if !supportLists]--><span style="font-size:14.0pt"><span style="mso-list:'
        'Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
        '</span></span></span><!--[endif]--><span style="font-size:14.0pt">{}<o:p></o:p></span></p>'
    ),
}


def render_img(story: Story, img: Img) -> str:
    src = esc(img.src)
    line = _t(story, img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" style="width:'
            f'90%"><tbody><tr><td style="text-align:center"><img alt="" src="{src}" style="width:100%" />'
            '</td></tr><tr><td style="text-align:center;background:#f3f3f3"><span style="font-size:12px">'
            f"<em>{line}</em></span></td></tr></tbody></table>"
        )
    if img.style == "next":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width:600px;height:400px" /></p>'
            f'\r\n<p style="text-align: center;"><span style="font-size:12px"><em>{line}</em></span></p>'
        )
    if img.style == "inline":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width:600px" /><br />\r\n'
            f'<em><span style="color:#0000cd">{line}</span></em></p>'
        )
    return f'<p style="text-align: center;"><img alt="" src="{src}" style="width:600px" /></p>'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0

    def run(style: str) -> list[P]:
        nonlocal i
        items = []
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
            items.append(blocks[i])
            i += 1
        return items

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_m(story, b.html))
            i += 1
        elif isinstance(b, Img):
            out.append(render_img(story, b))
            i += 1
        elif b.style == "li":
            items = "".join(f"<li>{_t(story, p.text)}</li>" for p in run("li"))
            out.append(f'<ul style="list-style-type:disc">{items}</ul>')
        elif b.style == "tr":
            rows = []
            for n, p in enumerate(run("tr")):
                cells = p.text.split(" | ")
                if n == 0:
                    tds = "".join(
                        f'<td style="text-align:center;background:#dbe5f1"><strong>{_t(story, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f'<td style="padding:3px">&nbsp;{_t(story, c)}</td>' for c in cells)
                rows.append(f"<tr>{tds}</tr>")
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:'
                '100%"><tbody>' + "\r\n".join(rows) + "</tbody></table>"
            )
        elif b.style == "br":
            parts = [_t(story, p.text) for p in run("br")]
            parts.append(_t(story, blocks[i].text))
            i += 1
            out.append('<p style="text-align: justify;">' + "<br />\r\n".join(parts) + "</p>")
        elif b.style.startswith("<"):
            out.append(_m(story, b.style))
            i += 1
        else:
            out.append(_PARA[b.style].format(_t(story, b.text)))
            i += 1
    return "\r\n".join(out)


def teaser(story: Story) -> str:
    """The platform's automatic teaser (listing, meta description): never a sapo on its own."""
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= 160:
        return first
    return first[:160].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    imgs = story.images
    src = imgs[0].src if imgs else "/Content/portal/images/no-image.jpg"
    if not src.startswith("/"):
        src = f"/{SCHOOL}/{src}"
    return f"/ImageHandler.ashx?src={src}&amp;w=180&amp;h=120"


def story_href(story: Story, slug: str | None = None) -> str:
    """Relative to the unit's ``<base href>``."""
    return f"tin-tuc/{slug or story.slug}-{story.id}.html"


def cat_href(cat: Cat, page: int = 1) -> str:
    return f"chuyen-muc/{cat.slug}-{cat.cid}.html" + (f"?trang={page}" if page > 1 else "")


def account(unit: Unit) -> str:
    return (unit.code.replace("-", "") or "sogddt") + ".qt"


# --- chrome ------------------------------------------------------------------------------------


def menu(unit: Unit) -> str:
    tops = [c for c in unit.cats if c.parent is None]
    items = [
        '<li class="mn_trangchu"><a href="./" title="Trang chủ"><img alt="Trang chủ" '
        'src="/Content/portal/images/icon_home.png" /></a></li>',
        '<li><a href="gioi-thieu/lich-su-hinh-thanh-va-phat-trien-12.html">Giới thiệu</a><ul class="mn_cap2">'
        '<li><a href="gioi-thieu/lich-su-hinh-thanh-va-phat-trien-12.html">Lịch sử hình thành và phát '
        'triển</a></li><li><a href="lien-he.html">Thông tin liên hệ</a></li></ul></li>',
    ]
    for top in tops:
        kids = [c for c in unit.cats if c.parent == top.cid]
        sub = ""
        if kids:
            sub = '<ul class="mn_cap2">' + "".join(
                f'<li><a href="{cat_href(k)}">{esc(k.name)}</a></li>' for k in kids
            ) + "</ul>"
        items.append(f'<li><a href="{cat_href(top)}">{esc(top.name)}</a>{sub}</li>')
    items += [
        '<li><a href="van-ban.html">Văn bản</a></li>',
        '<li><a href="javascript:void(0);">Thư viện</a><ul class="mn_cap2"><li><a href="thu-vien-anh.html">'
        'Thư viện ảnh</a></li><li><a href="video.html">Thư viện video</a></li></ul></li>',
        '<li><a href="lich-cong-tac.html">Lịch công tác</a></li>',
    ]
    return '<div id="menu_ngang"><ul class="mn_cap1">' + "".join(items) + "</ul></div>"


def ticker(unit: Unit) -> str:
    links = []
    for s in unit.newest(5):
        slug = (s.opts.get("old_slugs") or [s.slug])[0]
        links.append(f'<a href="{story_href(s, slug)}">{esc(s.title)}</a>')
    return (
        '<div class="tinmoi_chay"><span class="nhan_tm">Tin mới:</span><marquee behavior="scroll" '
        'onmouseout="this.start()" onmouseover="this.stop()" scrollamount="3">'
        + ' <img alt="" src="/Content/portal/images/dot_do.gif" /> '.join(links)
        + "</marquee></div>"
    )


def sidebar(unit: Unit, units: dict[str, Unit]) -> str:
    dept = units[""]
    parts = []
    if unit.code:
        tb = unit.in_cat(105)[:3]
        if tb:
            parts.append(
                '<div class="khung_phai" id="pl_thongbao"><div class="tde_phai"><img alt="" src="/Content/'
                'portal/images/icon_loa.gif" /> THÔNG BÁO</div><ul class="ds_phai">'
                + "".join(
                    f'<li><a href="{story_href(s)}">{esc(s.title)}</a> <img alt="" src="/Content/portal/'
                    'images/new.gif" /></li>'
                    for s in tb
                )
                + "</ul></div>"
            )
    parts.append(
        '<div class="khung_phai" id="pl_tinso"><div class="tde_phai">TIN TỪ SỞ GD&amp;ĐT</div><ul class="ds_phai">'
        + "".join(
            f'<li><a href="/tin-tuc/{s.slug}-{s.id}.html" target="_blank">{esc(s.title)}</a></li>'
            for s in dept.newest(3)
        )
        + "</ul></div>"
    )
    if unit.code == SCHOOL:
        parts.append(
            '<div class="khung_phai" id="pl_vanban"><div class="tde_phai">VĂN BẢN MỚI</div><ul class="ds_phai">'
            + "".join(
                f'<li><a href="van-ban/{d["slug"]}-{d["id"]}.html">{esc(d["so"])}: {esc(d["trich"])}</a></li>'
                for d in DOCS
            )
            + '</ul><a class="xemtiep" href="van-ban.html">Xem tiếp »</a></div>'
        )
        v = VIDEOS[0]
        parts.append(
            '<div class="khung_phai" id="pl_video"><div class="tde_phai">THƯ VIỆN VIDEO</div>'
            f'<a href="video/{v["slug"]}-{v["id"]}.html"><img alt="" src="/Upload/{SCHOOL}/video/'
            f'video-{v["id"]}.jpg" style="width:100%" /></a><p>{esc(v["title"])}</p></div>'
        )
        a = ALBUMS[0]
        parts.append(
            '<div class="khung_phai" id="pl_anh"><div class="tde_phai">HÌNH ẢNH HOẠT ĐỘNG</div>'
            f'<a href="thu-vien-anh/{a["slug"]}-{a["id"]}.html"><img alt="{esc(a["title"])}" src="/Upload/'
            f'{SCHOOL}/album/{a["id"]}/anh-01.jpg" style="width:100%" /></a></div>'
        )
    parts.append(
        '<div class="khung_phai" id="pl_lienket"><div class="tde_phai">LIÊN KẾT WEBSITE</div>'
        "<select onchange=\"if(this.value!='')window.open(this.value,'_blank');\" style=\"width:95%\">"
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="/">Sở GD&amp;ĐT Hà Nội</option>'
        '<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>'
        + "".join(
            f'<option value="/{u.code}/">{esc(u.name)}</option>' for u in units.values() if u.code
        )
        + "</select>"
        '<a href="https://thitructuyen.hanoi.edu.vn" target="_blank"><img alt="Thi trực tuyến" '
        'src="/Content/portal/banner/thi-truc-tuyen.gif" style="width:100%" /></a></div>'
    )
    parts.append(
        '<div class="khung_phai" id="pl_thongke"><div class="tde_phai">THỐNG KÊ TRUY CẬP</div><table '
        'class="tk_tc"><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>'
        '<tr><td>Hôm qua:</td><td>1.036</td></tr><tr><td>Tổng truy cập:</td><td>2.381.604</td></tr>'
        "</table></div>"
    )
    parts.append(
        '<div class="khung_phai" id="pl_thamdo"><div class="tde_phai">THĂM DÒ Ý KIẾN</div><form '
        'action="binh-chon.html" method="post"><p><b>Bạn biết đến website của nhà trường qua kênh nào?</b>'
        '</p><input name="pa" type="radio" value="1" /> Giáo viên chủ nhiệm<br /><input name="pa" '
        'type="radio" value="2" /> Nhóm Zalo lớp<br /><input name="pa" type="radio" value="3" /> Cổng '
        'thông tin của Sở<br /><input name="pa" type="radio" value="4" /> Khác<br /><input type="submit" '
        'value="Bình chọn" /> <a href="javascript:void(0);" onclick="XemKetQua(3);">Xem kết quả</a>'
        "</form></div>"
    )
    return '<div id="cot_phai">' + "".join(parts) + "</div>"


def footer(unit: Unit, units: dict[str, Unit]) -> str:
    others = " | ".join(
        f'<a href="/{u.code}/">{esc(u.name)}</a>' for u in units.values() if u.code and u.code != unit.code
    )
    return (
        '<div id="chantrang"><div class="ct_trai"><p><strong>'
        f"{esc(unit.upper)}</strong></p><p>Địa chỉ: {esc(unit.address)}</p><p>Điện thoại: {esc(unit.phone)}"
        f' - Email: <a href="mailto:{unit.email}">{unit.email}</a></p><p>Chịu trách nhiệm nội dung: Ban '
        "giám hiệu nhà trường</p></div>"
        f'<div class="ct_phai"><p>Website các đơn vị: <a href="/">Sở GD&amp;ĐT Hà Nội</a> | {others}</p>'
        "<p>© 2026 Cổng thông tin điện tử ngành Giáo dục và Đào tạo Hà Nội. Ghi rõ nguồn khi phát hành "
        "lại thông tin từ website này.</p></div></div>"
    )


def page(req: Request, unit: Unit, units: dict[str, Unit], title: str, main: str, *, crumbs=(),
         canonical: str | None = None, desc: str | None = None, extra: str = "") -> Response:
    base = base_url(req)
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{base}{canonical}" />\n'
        head_extra += f'<meta property="og:url" content="{base}{canonical}" />\n'
    if desc:
        head_extra += f'<meta name="description" content="{esc(desc)}" />\n'
    crumb_html = ""
    if crumbs:
        crumb_html = '<div class="duongdan"><a href="./">Trang chủ</a>' + "".join(
            f' <span class="mui">»</span> <a href="{href}">{esc(label)}</a>' for href, label in crumbs
        ) + "</div>"
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<base href="{base}{unit.prefix}" />
{head_extra}<meta property="og:title" content="{esc(title)}" />
<link href="/Content/portal/css/portal.css" rel="stylesheet" type="text/css" />
<link href="/Content/portal/css/menu.css" rel="stylesheet" type="text/css" />
<script src="/Scripts/jquery-1.8.2.min.js" type="text/javascript"></script>
<script src="/Scripts/portal.common.js" type="text/javascript"></script>
</head>
<body>
<form id="form1" action="" method="post" onsubmit="return false;"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></form>
<div id="bao_ngoai">
<div id="thanh_tren"><div class="khung1000"><span class="ngay_ht"><img alt="" src="/Content/portal/images/icon_lich.gif" /> {TODAY_HEADER}</span>
<span class="lk_tren"><a href="/">Cổng TTĐT Sở GD&amp;ĐT Hà Nội</a> | <a href="lien-he.html">Liên hệ</a> | <a href="/dang-nhap.aspx?ReturnUrl={unit.prefix}">Đăng nhập</a></span>
<form action="tim-kiem.html" class="frm_tk" method="get"><input name="tukhoa" placeholder="Nhập từ khóa..." type="text" /><input type="submit" value="Tìm kiếm" /></form></div></div>
<div id="banner"><a href="./"><img alt="{esc(unit.name)}" src="/Upload/{unit.code or 'sogddt'}/banner/banner-2026.jpg" /></a><div class="ten_dv"><span class="dv_cha">{esc(unit.parent_org)}</span><span class="dv_ten">{esc(unit.upper)}</span></div></div>
{menu(unit)}
{ticker(unit)}
<div id="noidung_trang" class="khung1000 clearfix">
<div id="cot_giua">
{crumb_html}
{main}
</div>
{sidebar(unit, units)}
</div>
{footer(unit, units)}
</div>
{extra}
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-21874401-9']); _gaq.push(['_trackPageview']);</script>
</body>
</html>"""
    return html(doc)


# --- pages -------------------------------------------------------------------------------------


def crumbs_for(unit: Unit, cat: Cat) -> list[tuple[str, str]]:
    out = []
    if cat.parent:
        out.append((cat_href(unit.cat(cat.parent)), unit.cat(cat.parent).name))
    out.append((cat_href(cat), cat.name))
    return out


def article_main(unit: Unit, story: Story) -> str:
    o = story.opts
    cat = unit.cat_by_name(story.cat)
    parts = ["<!-- BEGIN: Module ChiTietTin -->",
             f'<div class="khung_ct" id="ctl00_ContentPlaceHolder1_ctl00_divChiTiet_{story.id}">']
    if o.get("capnhat"):
        parts.append(f'<div class="capnhat_ct" style="color:#888;font-size:11px">Cập nhật lúc: {o["capnhat"]}</div>')
    parts.append(f'<h1 class="tieude_ct">{esc(story.title)}</h1>')
    parts.append(
        f'<div class="tt_dang"><span class="ngaydang"><img alt="" src="/Content/portal/images/icon_clock.gif" />'
        f' Ngày đăng: {vn_clock(o["posted"])}</span> | <span class="luotxem">Lượt xem: {story.views()}</span>'
        f' | <span class="nguoidang">Người đăng: {account(unit)}</span></div>'
    )
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="tomtat_ct" style="font-weight:bold;margin:8px 0">{esc(story.summary)}</div>')
    body = render_body(story)
    attach = o.get("attach", [])
    if attach and story.id == 4683:
        name, href = attach[0]
        body += (f'\r\n<p><strong>File đính kèm:</strong> <a href="{href}" target="_blank">'
                 f"{esc(name)}</a></p>")
    parts.append(f'<div class="noidung_ct" id="ndct_{story.id}">\r\n{body}\r\n</div>')
    if attach and story.id != 4683:
        parts.append(
            '<div class="dinhkem_ct"><b>Tệp đính kèm:</b><table class="tbl_dk" style="width:100%">'
            + "".join(
                f'<tr><td><img alt="" src="/Content/portal/images/icon_file.gif" /> <a href="{href}" '
                f'target="_blank">{esc(name)}</a></td><td style="width:80px"><a href="{href}">Tải về</a></td></tr>'
                for name, href in attach
            )
            + "</table></div>"
        )
    if "tg" in o or "nguon" in o:
        parts.append(
            f'<div class="tg_nguon" style="text-align:right"><strong>Tác giả:</strong> {esc(o.get("tg", ""))}'
            f' &nbsp;&nbsp; <strong>Nguồn:</strong> {esc(o.get("nguon", ""))}</div>'
        )
    parts.append(
        '<div class="congcu_ct"><a href="javascript:void(0);" onclick="window.open(\'tin-tuc/in-bai-'
        f"{story.id}.html','_blank','width=820,height=640,scrollbars=yes');\"><img alt=\"\" src=\"/Content/"
        'portal/images/icon_print.gif" /> In bài</a> <a href="javascript:void(0);" onclick="GuiEmail('
        f'{story.id});"><img alt="" src="/Content/portal/images/icon_mail.gif" /> Gửi email</a> '
        '<a href="javascript:history.back();"><img alt="" src="/Content/portal/images/icon_back.gif" /> Quay '
        'lại</a> <a href="https://www.facebook.com/sharer/sharer.php?u=' + unit.prefix + story_href(story)
        + '" target="_blank"><img alt="Chia sẻ lên Facebook" src="/Content/portal/images/fb_share.png" /></a>'
        ' <a href="https://zalo.me/share" target="_blank"><img alt="Chia sẻ Zalo" src="/Content/portal/'
        'images/zalo_share.png" /></a></div>'
    )
    comments = o.get("comments", [])
    parts.append(
        f'<div class="ykien"><div class="tde_khung">Ý kiến bạn đọc ({len(comments)})</div>'
        + "".join(
            f'<div class="yk_dong"><div class="yk_ten"><b>{esc(n)}</b> - <i>{esc(w)}</i></div>'
            f'<div class="yk_nd">{esc(c)}</div></div>'
            for n, w, c in comments
        )
        + '<form action="tin-tuc/binh-luan.html" method="post"><input name="tinid" type="hidden" value="'
        f'{story.id}" />Họ và tên: <input name="hoten" type="text" /> Email: <input name="email" type="text" />'
        '<br /><textarea cols="60" name="noidung" rows="4"></textarea><br />Mã xác nhận: <img alt="" '
        'src="/Content/captcha.gif" /> <input name="maxn" size="6" type="text" /> <input type="submit" '
        'value="Gửi ý kiến" /></form></div>'
    )
    others = [s for s in unit.in_cat(cat.cid) if s.id != story.id][:2]
    if others:
        parts.append(
            '<div class="tinkhac"><div class="tde_khung">Các tin khác</div><ul>'
            + "".join(
                f'<li><a href="{story_href(s)}">{esc(s.title)}</a> <span class="ngay_tk">'
                f'({vn_day(s.opts["posted"])})</span></li>'
                for s in others
            )
            + "</ul></div>"
        )
    parts.append("</div>\n<!-- END: Module ChiTietTin -->")
    return "\n".join(parts)


def print_page(req: Request, unit: Unit, story: Story) -> Response:
    o = story.opts
    sapo = f'<p class="tomtat_in"><b>{esc(story.summary)}</b></p>' if story.summary and story.sapo_outside else ""
    tg = f'<p style="text-align:right"><b>Tác giả:</b> {esc(o["tg"])}</p>' if o.get("tg") else ""
    doc = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>{esc(story.title)}</title>
<base href="{base_url(req)}{unit.prefix}" />
<link rel="canonical" href="{base_url(req)}{unit.prefix}{story_href(story)}" />
<style>body{{font-family:'Times New Roman';font-size:14pt;width:760px;margin:auto}}</style></head>
<body onload="window.print();"><div class="in_dau"><img alt="" src="/Upload/{unit.code}/banner/logo-in.png" /> {esc(unit.upper)}</div>
<h1>{esc(story.title)}</h1><p class="ngay_in">Ngày đăng: {vn_clock(o["posted"])}</p>{sapo}
<div class="nd_in">{render_body(story)}</div>{tg}
<p class="url_in">Địa chỉ bài viết: {base_url(req)}{unit.prefix}{story_href(story)}</p></body></html>"""
    return html(doc)


def listing_items(stories: list[Story]) -> str:
    return "".join(
        f'<div class="item_ds clearfix"><a class="anh_ds" href="{story_href(s)}"><img alt="{esc(s.title)}" '
        f'src="{thumb(s)}" /></a><h3 class="td_ds"><a href="{story_href(s)}">{esc(s.title)}</a></h3>'
        f'<span class="ngay_ds">({vn_day(s.opts["posted"])})</span><div class="tt_ds">{esc(teaser(s))}</div></div>'
        for s in stories
    )


def listing_main(unit: Unit, cat: Cat, page_no: int, items: list[Story], pages: int) -> str:
    pager = ""
    if pages > 1:
        bits = []
        if page_no > 1:
            bits.append(f'<a href="{cat_href(cat, page_no - 1)}" rel="nofollow" title="Trang trước">«</a>')
        for n in range(1, pages + 1):
            if n == page_no:
                bits.append(f'<span class="trang_ht">{n}</span>')
            else:
                bits.append(f'<a href="{cat_href(cat, n)}" rel="nofollow">{n}</a>')
        if page_no < pages:
            bits.append(f'<a href="{cat_href(cat, page_no + 1)}" rel="nofollow" title="Trang sau">»</a>')
        pager = '<div class="phantrang">Trang: ' + " ".join(bits) + "</div>"
    body = listing_items(items) or '<p class="rong">Chưa có tin bài trong chuyên mục này.</p>'
    return (f'<div class="khung_ds" id="ds_cm_{cat.cid}"><div class="tde_khung"><h2>{esc(cat.name)}</h2></div>'
            f"{body}{pager}</div>")


def home_main(unit: Unit) -> str:
    newest = unit.newest(5)
    parts = []
    if newest:
        top = newest[0]
        parts.append(
            '<div id="tieudiem" class="clearfix"><div class="td_lon">'
            f'<a href="{story_href(top)}"><img alt="{esc(top.title)}" src="{thumb(top).replace("w=180&amp;h=120", "w=480&amp;h=320")}" /></a>'
            f'<h2><a href="{story_href(top)}">{esc(top.title)}</a></h2><p>{esc(teaser(top))}</p></div>'
            '<div class="td_ds"><div class="tde_khung">Tin mới nhất</div><ul>'
            + "".join(
                f'<li><a href="{story_href(s)}">{esc(s.title)}</a> <span>({vn_day(s.opts["posted"])})</span></li>'
                for s in newest[1:]
            )
            + "</ul></div></div>"
        )
    for cat, n in [(c, 4 if c.cid in (101, 1) else 3) for c in unit.cats if c.parent is None and c.cid != 105]:
        items = unit.in_cat(cat.cid)[:n]
        if not items:
            continue
        first, rest = items[0], items[1:]
        parts.append(
            f'<div class="khung_cm" id="cm_{cat.cid}"><div class="tde_khung"><a href="{cat_href(cat)}">'
            f"{esc(cat.name)}</a></div><div class=\"cm_tin1\"><a href=\"{story_href(first)}\"><img alt=\"\" "
            f'src="{thumb(first)}" /></a><h3><a href="{story_href(first)}">{esc(first.title)}</a></h3>'
            f"<p>{esc(teaser(first))}</p></div><ul>"
            + "".join(f'<li><a href="{story_href(s)}">{esc(s.title)}</a></li>' for s in rest)
            + "</ul></div>"
        )
    return "\n".join(parts)


MODAL = (
    '<div id="modal_tb" class="modal_tb" style="display:none"><div class="modal_nd"><a class="dong" '
    'href="javascript:void(0);" onclick="$(\'#modal_tb\').hide();">×</a><h3>THÔNG BÁO</h3><p>Nhà trường '
    "tổ chức họp cha mẹ học sinh toàn trường vào 8 giờ 00 sáng Chủ nhật, ngày 20/12/2026. Kính mời quý "
    "phụ huynh sắp xếp thời gian tham dự đầy đủ.</p></div></div>"
    "<script>$(function(){ if(!sessionStorage.getItem('tb')){ $('#modal_tb').show(); "
    "sessionStorage.setItem('tb','1'); } });</script>"
)


INTRO = [
    "Trường THCS Nghĩa Tân được thành lập năm 1986 trên cơ sở tách ra từ Trường phổ thông cơ sở Nghĩa "
    "Tân, đóng tại khu tập thể Nghĩa Tân.",
    "Trải qua gần 40 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu về "
    "chất lượng giáo dục đại trà và mũi nhọn. Trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2019.",
    "Năm học 2026 - 2027, nhà trường có 32 lớp với 1.268 học sinh; 78 cán bộ, giáo viên, nhân viên, "
    "100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.",
]


def intro_main(unit: Unit) -> str:
    if unit.code:
        short = unit.name.split("THCS ")[-1]
        texts = [p.replace("Nghĩa Tân", short) for p in INTRO]
    else:
        texts = ["Sở Giáo dục và Đào tạo Hà Nội là cơ quan chuyên môn thuộc UBND Thành phố, tham mưu quản "
                 "lí nhà nước về giáo dục và đào tạo trên địa bàn Thủ đô."]
    paras = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in texts)
    return (
        '<div class="khung_ct" id="ctl00_ContentPlaceHolder1_ctl00_divChiTiet_12">'
        '<h1 class="tieude_ct">Lịch sử hình thành và phát triển</h1>'
        '<div class="tt_dang"><span class="luotxem">Lượt xem: 2514</span></div>'
        f'<div class="noidung_ct" id="ndct_12">{paras}<p style="text-align: center;"><img alt="" '
        f'src="/Upload/{unit.code}/gioithieu/toan-canh-truong.jpg" /></p></div>'
        '<div class="congcu_ct"><a href="javascript:void(0);" onclick="window.print();">In trang</a> '
        '<a href="javascript:history.back();">Quay lại</a></div>'
        '<div class="tinkhac"><div class="tde_khung">Các tin khác</div><ul><li><a href="lien-he.html">'
        "Thông tin liên hệ</a></li></ul></div></div>"
    )


def contact_main(unit: Unit) -> str:
    return (
        '<div class="khung_lh"><h1 class="tieude_ct">Thông tin liên hệ</h1>'
        f"<p><b>{esc(unit.upper)}</b></p><p>Địa chỉ: {esc(unit.address)}</p>"
        f'<p>Điện thoại: {esc(unit.phone)}</p><p>Email: <a href="mailto:{unit.email}">{unit.email}</a></p>'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="100%" height="300" '
        'frameborder="0"></iframe><form action="lien-he.html" method="post"><p>Họ tên: <input name="ht" />'
        '</p><p>Tiêu đề: <input name="td" /></p><p><textarea name="nd" rows="5" cols="60"></textarea></p>'
        '<input type="submit" value="Gửi liên hệ" /></form></div>'
    )


def docs_main() -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="van-ban/{d["slug"]}-{d["id"]}.html">{esc(d["so"])}</a></td>'
        f'<td>{d["ngay"]}</td><td>{esc(d["trich"])}</td><td><a href="/Upload/{SCHOOL}/vanban/{d["file"]}">'
        '<img alt="Tải về" src="/Content/portal/images/icon_pdf.gif" /></a></td></tr>'
        for n, d in enumerate(DOCS, 1)
    )
    return ('<div class="khung_vb"><div class="tde_khung"><h2>Văn bản</h2></div><table class="tbl_vb" border="1">'
            "<tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
            f"{rows}</table></div>")


def doc_main(d: dict) -> str:
    return (
        '<div class="khung_vb"><h1 class="tieude_vb">' + esc(d["trich"]) + "</h1>"
        '<table class="tbl_ctvb" border="1" style="width:100%">'
        f'<tr><td style="width:30%">Số/Ký hiệu</td><td>{esc(d["so"])}</td></tr>'
        f'<tr><td>Loại văn bản</td><td>{esc(d["loai"])}</td></tr>'
        f'<tr><td>Ngày ban hành</td><td>{d["ngay"]}</td></tr>'
        f'<tr><td>Trích yếu</td><td>{esc(d["trich"])}</td></tr>'
        f'<tr><td>Người ký</td><td>{esc(d["ky"])}</td></tr>'
        f'<tr><td>Tệp đính kèm</td><td><a href="/Upload/{SCHOOL}/vanban/{d["file"]}" target="_blank">'
        f'{esc(d["file"])}</a></td></tr></table>'
        '<div class="tinkhac"><div class="tde_khung">Văn bản khác</div><ul>'
        + "".join(
            f'<li><a href="van-ban/{o["slug"]}-{o["id"]}.html">{esc(o["so"])}: {esc(o["trich"])}</a></li>'
            for o in DOCS if o["id"] != d["id"]
        )
        + "</ul></div></div>"
    )


def albums_main() -> str:
    return ('<div class="khung_anh"><div class="tde_khung"><h2>Thư viện ảnh</h2></div>' + "".join(
        f'<div class="album_item"><a href="thu-vien-anh/{a["slug"]}-{a["id"]}.html"><img alt="" src="/Upload/'
        f'{SCHOOL}/album/{a["id"]}/anh-01.jpg" /></a><h3><a href="thu-vien-anh/{a["slug"]}-{a["id"]}.html">'
        f'{esc(a["title"])}</a></h3><span>({a["ngay"]}) - {a["n"]} ảnh</span></div>'
        for a in ALBUMS) + "</div>")


def album_main(a: dict) -> str:
    imgs = "".join(
        f'<a class="fancybox" href="/Upload/{SCHOOL}/album/{a["id"]}/anh-{n:02d}.jpg" rel="album"><img alt="" '
        f'src="/Upload/{SCHOOL}/album/{a["id"]}/anh-{n:02d}.jpg" /></a>'
        for n in range(1, a["n"] + 1)
    )
    return (f'<div class="khung_anh"><h1 class="tieude_ct">{esc(a["title"])}</h1><div class="tt_dang">Ngày '
            f'đăng: {a["ngay"]} | {a["n"]} ảnh</div><div class="luoi_anh">{imgs}</div></div>')


def videos_main() -> str:
    return ('<div class="khung_vd"><div class="tde_khung"><h2>Thư viện video</h2></div>' + "".join(
        f'<div class="vd_item"><a href="video/{v["slug"]}-{v["id"]}.html"><img alt="" src="/Upload/{SCHOOL}/'
        f'video/video-{v["id"]}.jpg" /></a><h3><a href="video/{v["slug"]}-{v["id"]}.html">{esc(v["title"])}'
        f'</a></h3><span>({v["ngay"]})</span></div>'
        for v in VIDEOS) + "</div>")


def video_main(v: dict) -> str:
    return (f'<div class="khung_vd"><h1 class="tieude_ct">{esc(v["title"])}</h1><div class="tt_dang">Ngày '
            f'đăng: {v["ngay"]}</div><iframe width="640" height="360" src="https://www.youtube.com/embed/'
            f'{v["yt"]}" frameborder="0" allowfullscreen></iframe><p>Tiết mục múa “Người thầy” của tập thể '
            "lớp 7A2 trong Lễ kỷ niệm Ngày Nhà giáo Việt Nam.</p></div>")


_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_WORK = {
    48: ["Chào cờ; sinh hoạt lớp", "Dự giờ Tổ Ngữ văn", "Họp Chi bộ", "Kiểm tra nội bộ tổ KHTN",
         "Sinh hoạt chuyên môn các tổ", "Trực lãnh đạo: đ/c Hằng", "Nghỉ"],
    49: ["Chào cờ; phát động thi đua cuối kì I", "Chuyên đề Toán 8", "Sinh hoạt chuyên môn KHTN 8",
         "Họp giao ban BGH", "Đăng tải kế hoạch Hội khỏe Phù Đổng", "Trực lãnh đạo: đ/c Nam", "Nghỉ"],
    50: ["Chào cờ; ôn tập cuối kì I", "Kiểm tra cuối kì các môn đánh giá bằng nhận xét", "Họp Hội đồng",
         "Kiểm tra cuối kì (theo tổ)", "Kiểm tra cuối kì (theo tổ)", "Trực lãnh đạo: đ/c Huy", "Nghỉ"],
}


def calendar_main(week: int) -> str:
    start, end = WEEKS[week]
    rows = "".join(f"<tr><td>{d}</td><td>{esc(w)}</td></tr>" for d, w in zip(_DAYS, _WORK[week], strict=True))
    nav = []

    def href(n: int) -> str:
        return "lich-cong-tac.html" + ("" if n == CURRENT_WEEK else f"?tuan={n}")

    if week - 1 in WEEKS:
        nav.append(f'<a href="{href(week - 1)}">« Tuần trước</a>')
    nav.append('<a href="lich-cong-tac.html">Tuần hiện tại</a>')
    if week + 1 in WEEKS:
        nav.append(f'<a href="{href(week + 1)}">Tuần sau »</a>')
    return (f'<div class="khung_lct"><h1 class="tieude_ct">Lịch công tác tuần {week} (từ {start} đến {end})</h1>'
            f'<div class="dieu_huong">{" | ".join(nav)}</div><table border="1" class="tbl_lct" style="width:100%">'
            f"<tr><th>Thứ</th><th>Nội dung công việc</th></tr>{rows}</table></div>")


# --- the site ----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^tin-tuc/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^tin-tuc/in-bai-(\d+)\.html$")
_CAT = re.compile(r"^chuyen-muc/([a-z0-9-]+)-(\d+)\.html$")
_ENTRY = re.compile(r"^(van-ban|thu-vien-anh|video)/([a-z0-9-]+)-(\d+)\.html$")


class HanoiEduPortal:
    def __init__(self) -> None:
        self.units = make_units()

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if req.method not in ("GET", "HEAD", "POST"):
            return None
        if path == "/ImageHandler.ashx":
            return static_file("x.jpg")
        if path.lower().endswith(".pdf"):
            if path.startswith("/Upload/") and "/vanban/" in path:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if not path.lower().endswith((".html", ".aspx", "/")) and (found := static_file(path)):
            return found
        if path == "/dang-nhap.aspx":
            return html('<html><head><title>Đăng nhập hệ thống</title></head><body><form method="post">'
                        'Tài khoản <input name="u" /> Mật khẩu <input name="p" type="password" />'
                        '<input type="submit" value="Đăng nhập" /></form></body></html>')
        first, _, rest = path[1:].partition("/")
        if first in self.units and first:
            if not _ and not rest:
                return redirect(f"/{first}/", 301)
            unit = self.units[first]
        else:
            unit, rest = self.units[""], path[1:]
        return self.route(req, unit, rest)

    def route(self, req: Request, unit: Unit, rest: str) -> Response | None:
        u = self.units
        if rest == "":
            return page(req, unit, u, f"{unit.name} - Trang chủ", home_main(unit), canonical=unit.prefix,
                        extra=MODAL if unit.code == SCHOOL else "")
        if m := _PRINT.match(rest):
            story = next((s for s in unit.stories if s.id == int(m.group(1))), None)
            return print_page(req, unit, story) if story else None
        if m := _ARTICLE.match(rest):
            slug, sid = m.group(1), int(m.group(2))
            story = next((s for s in unit.stories if s.id == sid), None)
            if not story or slug not in [story.slug, *story.opts.get("old_slugs", [])]:
                return None
            cat = unit.cat_by_name(story.cat)
            return page(req, unit, u, f"{story.title} - {unit.name}", article_main(unit, story),
                        crumbs=crumbs_for(unit, cat), canonical=unit.prefix + story_href(story),
                        desc=teaser(story))
        if rest == "tin-tuc/binh-luan.html" and req.method == "POST":
            return page(req, unit, u, "Gửi ý kiến", '<p class="tb_ok">Cảm ơn bạn! Ý kiến của bạn đang chờ '
                        "Ban biên tập duyệt.</p>")
        if m := _CAT.match(rest):
            cat = next((c for c in unit.cats if c.slug == m.group(1) and c.cid == int(m.group(2))), None)
            if not cat:
                return None
            trang = req.params.get("trang", "1")
            if not trang.isdigit():
                return None
            items = unit.in_cat(cat.cid)
            pages = max(1, -(-len(items) // PAGE_SIZE))
            n = int(trang)
            if not 1 <= n <= pages:
                return None
            shown = items[(n - 1) * PAGE_SIZE: n * PAGE_SIZE]
            title = f"{cat.name} - {unit.name}" + (f" - Trang {n}" if n > 1 else "")
            crumbs = crumbs_for(unit, cat)
            return page(req, unit, u, title, listing_main(unit, cat, n, shown, pages), crumbs=crumbs,
                        canonical=unit.prefix + cat_href(cat, n))
        if rest == "gioi-thieu/lich-su-hinh-thanh-va-phat-trien-12.html":
            return page(req, unit, u, f"Lịch sử hình thành và phát triển - {unit.name}", intro_main(unit),
                        crumbs=[("gioi-thieu/lich-su-hinh-thanh-va-phat-trien-12.html", "Giới thiệu")])
        if rest == "lien-he.html":
            if req.method == "POST":
                return page(req, unit, u, "Liên hệ", '<p class="tb_ok">Đã gửi liên hệ thành công.</p>')
            return page(req, unit, u, f"Liên hệ - {unit.name}", contact_main(unit),
                        crumbs=[("lien-he.html", "Liên hệ")])
        if rest == "binh-chon.html" and req.method == "POST":
            return page(req, unit, u, "Kết quả bình chọn", '<p class="tb_ok">Cảm ơn bạn đã tham gia bình chọn!'
                        "</p><p>Giáo viên chủ nhiệm: 41% - Nhóm Zalo lớp: 37% - Cổng thông tin của Sở: 15% - "
                        "Khác: 7%</p>")
        if rest == "lich-cong-tac.html":
            week = req.params.get("tuan", str(CURRENT_WEEK))
            if not week.isdigit() or int(week) not in WEEKS:
                return None
            return page(req, unit, u, f"Lịch công tác tuần - {unit.name}", calendar_main(int(week)),
                        crumbs=[("lich-cong-tac.html", "Lịch công tác")])
        if rest == "tim-kiem.html":
            q = req.params.get("tukhoa", "").strip().lower()
            found = [s for s in unit.newest(100) if q and q in s.title.lower()]
            main = (f'<div class="khung_ds"><div class="tde_khung"><h2>Kết quả tìm kiếm: “{esc(q)}”</h2></div>'
                    + (listing_items(found) or "<p>Không tìm thấy kết quả phù hợp.</p>") + "</div>")
            return page(req, unit, u, "Tìm kiếm", main, crumbs=[("tim-kiem.html", "Tìm kiếm")])
        if unit.code != SCHOOL:
            return None
        if rest == "van-ban.html":
            return page(req, unit, u, f"Văn bản - {unit.name}", docs_main(), crumbs=[("van-ban.html", "Văn bản")])
        if rest == "thu-vien-anh.html":
            return page(req, unit, u, f"Thư viện ảnh - {unit.name}", albums_main(),
                        crumbs=[("thu-vien-anh.html", "Thư viện ảnh")])
        if rest == "video.html":
            return page(req, unit, u, f"Thư viện video - {unit.name}", videos_main(),
                        crumbs=[("video.html", "Thư viện video")])
        if m := _ENTRY.match(rest):
            kind, slug, eid = m.group(1), m.group(2), int(m.group(3))
            table = {"van-ban": DOCS, "thu-vien-anh": ALBUMS, "video": VIDEOS}[kind]
            item = next((x for x in table if x["id"] == eid and x["slug"] == slug), None)
            if not item:
                return None
            if kind == "van-ban":
                return page(req, unit, u, f"{item['trich']} - {unit.name}", doc_main(item),
                            crumbs=[("van-ban.html", "Văn bản")])
            if kind == "thu-vien-anh":
                return page(req, unit, u, f"{item['title']} - {unit.name}", album_main(item),
                            crumbs=[("thu-vien-anh.html", "Thư viện ảnh")])
            return page(req, unit, u, f"{item['title']} - {unit.name}", video_main(item),
                        crumbs=[("video.html", "Thư viện video")])
        return None


def build_site() -> HanoiEduPortal:
    return HanoiEduPortal()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = f"/{SCHOOL}/{story_href(story)}"
    alts = [f"/{SCHOOL}/{story_href(story, old)}" for old in story.opts.get("old_slugs", [])]
    alts.append(f"/{SCHOOL}/tin-tuc/in-bai-{story.id}.html")
    return gold_record(story, path, story.cat, canonical_path=path, alt_paths=alts,
                       image_page=story.opts.get("image_page"))


GOLD = [_gold(s) for s in sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)]

NON_ARTICLES = [
    f"/{SCHOOL}/gioi-thieu/lich-su-hinh-thanh-va-phat-trien-12.html",
    f"/{SCHOOL}/lien-he.html",
    f"/{SCHOOL}/van-ban/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027-318.html",
    f"/{SCHOOL}/van-ban/quy-che-chi-tieu-noi-bo-nam-2026-326.html",
    f"/{SCHOOL}/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-77.html",
    f"/{SCHOOL}/video/tiet-muc-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11-45.html",
    f"/{SCHOOL}/lich-cong-tac.html",
]
