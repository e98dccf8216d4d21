"""Trường Mầm non Sao Mai (thành phố Bắc Ninh) on a registrar's drag-and-drop website builder.

Platform
--------
A Vietnamese domain registrar's "Website Builder" package (the kind Tenten.vn sells with a
domain): every page is a stack of full-width ``wb-section`` rows, each holding a fixed-height
``wb-container`` in which the builder's elements (``wb-el wb-text``, ``wb-el wb-image``,
``wb-el wb-headline`` …, ids ``TEXT12``, ``IMAGE3``) are absolutely positioned with inline
``left/top/width`` styles. Sliders are owl-carousel markup that the builder saved *as rendered in
the editor* (its ``owl-item cloned`` copies included). The school's news lives in the builder's
"Blog" app, dropped into a section of the blog templates (``wb-app-blog``), whose rich-text
editor writes paragraphs as ``<div>`` lines of inline ``<span style>`` runs.

URL scheme
----------
- ``/`` home: a JS slider of the four newest posts (links carry ``?ref=home-slider``), a "Tin
  mới" grid of the six newest posts, a "Góc cha mẹ" box of that category's three posts;
- ``/blog/<cat-slug>-c<id>.html`` and ``?page=<N>`` blog category lists, 4 posts a page
  (the pager links are query-only: ``href="?page=2"``; page 1 is also linked as ``?page=1``);
- ``/blog/<slug>-b<id>.html`` blog posts (the app answers by id for the post's current slug
  and for the slugs it had before its title was edited; any query string is ignored);
- ``/<page-slug>.html`` static builder pages: gioi-thieu, doi-ngu-giao-vien, thuc-don-tuan,
  thu-vien-anh, tuyen-sinh, lien-he;
- ``/uploads/…``, ``/assets/…``: images, styles, scripts (tiny placeholders).

Page templates
--------------
Every page: a header section (logo, school name, today's date "Thứ Bảy, 05/12/2026", hotline)
with the menu printed twice (desktop ``wb-menu`` and the hamburger's ``wb-menu-mb``), then the
page's sections, then a footer section (address, phone, e-mail, copyright, visitor counter).
A post page: a banner section whose ``<h1>`` is the *category's* name in capitals, then the blog
section: breadcrumb, the post's title in ``<h2 class="bl-ttl">``, a meta line (US-style date,
"Đăng bởi: admin_saomai", views), the hand-written excerpt (``bl-desc``) when the editor typed
one, the content (``bl-ct wb-rte``), "Cập nhật lần cuối", tags, share tools, the Facebook
comments box and a "Bài viết liên quan" owl slider; a sidebar column with "Bài viết mới",
"Xem nhiều", a poll and the counter.

How each gold article is reached
--------------------------------
- 101, 100, 95, 99: home slider (``?ref=home-slider`` variants) and "Tin mới" grid;
- 98, 97: "Tin mới" grid; 98 is also linked under its old slug from the "Xem nhiều" box;
- 91, 86: home "Góc cha mẹ" box (91 also under its old slug from "Xem nhiều");
- 93, 90, 88: page 1 of their category lists (and related-post sliders);
- 84 (Tin tức - Sự kiện) and 83 (Hoạt động của bé): only page 2 of their category lists.

Traps
-----
1. Two headlines: the post page's only ``<h1>`` is the banner's category name ("TIN TỨC - SỰ
   KIỆN"); the post's title is an ``<h2 class="bl-ttl">``. Gold title: the h2.
2. US-ordered dates: the blog app prints "12/03/2026 02:30 PM" (month/day/year, 12-hour clock);
   posts dated on a day ≤ 12 read wrongly as day/month ("11/06/2026" is 6 November). Gold:
   "2026-11-06T14:00:00+07:00"; the list cards print only "06 Th11" in a date badge.
3. UTC meta: ``article:published_time`` is written in UTC ("2026-12-03T07:30:00.000Z"); the post
   published at "10/20/2026 12:00 AM" has a meta on the 19th ("2026-10-19T17:00:00.000Z"). Gold
   keeps the local day: midnight is a day without a time, "2026-10-20".
4. "Cập nhật lần cuối: 12/04/2026 09:12 AM" after the content is an update, not the date.
5. Text split mid-word across inline spans: the editor's style runs cut words
   (``<span>Tr</span><span style=…>ường</span>``); a reader that puts a space between inline
   elements writes "Tr ường". Gold: the words as printed, unbroken.
6. Paragraphs as ``<div>`` lines with ``<div><br></div>`` spacers, a ``<br>`` splitting two
   lines inside one div (two paragraphs), bold-lead paragraph vs. the app's own excerpt box:
   the excerpt (``bl-desc``) is the sapo and the body's first paragraph; a post without a
   hand-typed excerpt has no sapo even though its list card and meta description print a
   truncated "…" excerpt.
7. Lazy images: content photos are ``<img src="/assets/images/blank.gif" data-src="/uploads/…">``
   (one post's ``data-src`` is relative, "../uploads/…"). Gold: the ``data-src`` photo, resolved.
8. In-post galleries are owl sliders saved with their clones: the last photo is printed before
   the first and the first after the last (``owl-item cloned``). Gold: each photo once, in the
   order of the real items, its caption the slide's ``it-cap`` line.
9. Captions as an italic centred ``<div>`` under the photo's own centred ``<div>`` (no figure);
   one line is in parentheses (taken off), one only credits "Ảnh: Lê Thu Hà" (caption None, a
   photographer); photos with no line have caption None (their alt is a file name).
10. Same post linked several ways: the home slider adds ``?ref=home-slider``; the "Xem nhiều"
    box links two posts under the slug they had before their title was edited, which still
    answer 200 with a canonical link to the current slug. Gold: the clean current-slug path,
    the variants in ``alt_paths``.
11. Bylines: the meta's "Đăng bởi: admin_saomai" is a CMS account (nobody); the real byline is a
    right-aligned div at the end ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "X - GV lớp Chồi 2",
    "ThS. X" over a post line, a unit "Công đoàn trường", "BBT" = nobody); "Nguồn: X" / "Theo X"
    closing lines are sources.
12. Chrome that reads like content: the related-posts slider prints excerpts as ``<p>`` inside
    the blog app's own container, right after the comments box; the static builder pages
    (giới thiệu, tuyển sinh, thực đơn tuần) are long text pages with dates, not articles.
13. An official notice (letterhead table, "Số: …", "Bắc Ninh, ngày 30 tháng 11 năm 2026",
    "THÔNG BÁO / Về việc …", "Nơi nhận" and signature): body is the text between; date the
    letterhead's day "2026-11-30" though the blog meta says 12/01/2026 08:05 AM; the signer is
    the author.
14. One post pasted from a Mac editor is decomposed (NFD); gold is NFC.

Gold decisions on ambiguous points
----------------------------------
- The post's cover picture is not printed on the post page (only as list thumbnails with
  ``?w=360``), so images are the content's photos only.
- The related-posts slider, tags, share tools and "Xem thêm: <link>" line are not body.
- Category: the breadcrumb's last crumb (the blog category), e.g. "Tin tức - Sự kiện", not the
  banner's capitals.
- A lead paragraph typed bold inside the content is the sapo (post 91).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
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

NAME = "tenten_builder_mamnon"
PLATFORM = "Registrar drag-and-drop website builder (Tenten-style) with its Blog app"
START_PATH = "/"

SCHOOL = "Trường Mầm non Sao Mai"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

CATS = {
    1: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    2: ("hoat-dong-cua-be", "Hoạt động của bé"),
    3: ("goc-cha-me", "Góc cha mẹ"),
}


def _right(inner: str) -> Raw:
    return Raw(f'<div style="text-align: right;"><span style="font-size:15px;">{inner}</span></div>')


LETTERHEAD = Raw(
    '<table style="width:100%;border:none" cellpadding="2"><tbody><tr>'
    '<td style="width:42%;text-align:center"><span style="font-size:13px">UBND THÀNH PHỐ BẮC NINH</span>'
    "<br><strong>TRƯỜNG MẦM NON SAO MAI</strong><br>Số: 112/TB-MNSM</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>"
    "<em>Bắc Ninh, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<div style="text-align:center"><br><strong><span style="font-size:18px">THÔNG BÁO</span></strong></div>'
    '<div style="text-align:center"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></div>'
    "<div><br></div>"
)
CLOSING = Raw(
    '<table style="width:100%;border:none"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>'
    '<span style="font-size:12px">- CB, GV, NV nhà trường;<br>- CMHS các lớp;<br>- Lưu: VT.</span></td>'
    '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br><br>'
    "<em>(Đã ký)</em><br><br><strong>Nguyễn Thị Thanh Huyền</strong></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        101,
        "khai-mac-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        "Khai mạc Hội thi “Bé khỏe – Bé ngoan” năm học 2026-2027",
        "1",
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Tới dự buổi lễ có bà Nguyễn Thị Lan, Phó Trưởng phòng Giáo dục và Đào tạo thành phố "
                "Bắc Ninh, cùng đại diện Ban đại diện cha mẹ học sinh nhà trường."
            ),
            Img(
                "/uploads/2026/12/hoi-thi-be-khoe-1.jpg",
                "Các bé lớp Lá 1 biểu diễn đồng diễn thể dục mở màn hội thi",
                "Các bé lớp Lá 1 biểu diễn đồng diễn thể dục mở màn hội thi",
                "cap",
            ),
            P(
                "Phát biểu khai mạc, cô Nguyễn Thị Thanh Huyền, Hiệu trưởng nhà trường, nhấn mạnh hội thi "
                "là dịp để các bé rèn luyện thể chất, mạnh dạn, tự tin và thể hiện những kỹ năng đã được học."
            ),
            P(
                "Trong hai ngày, các bé sẽ tham gia các phần thi: đồng diễn thể dục, vượt chướng ngại vật, "
                "kể chuyện theo tranh và thể hiện kỹ năng tự phục vụ."
            ),
            Img(
                "/uploads/2026/12/hoi-thi-be-khoe-2.jpg",
                "(Phần thi vượt chướng ngại vật của các bé khối Chồi)",
                "Phần thi vượt chướng ngại vật của các bé khối Chồi",
                "cap",
            ),
            P(
                "Kết quả hội thi sẽ được công bố và trao giải trong buổi tổng kết vào chiều thứ Sáu, "
                "ngày 04/12/2026."
            ),
            _right("<strong>Tin, ảnh: Nguyễn Thị Hoa</strong>"),
        ],
        authors=["Nguyễn Thị Hoa"],
        photographers=["Nguyễn Thị Hoa"],
        summary=(
            "Sáng 03/12/2026, Trường Mầm non Sao Mai long trọng tổ chức khai mạc Hội thi “Bé khỏe – "
            "Bé ngoan” với sự tham gia của hơn 420 cháu thuộc 14 nhóm, lớp."
        ),
        sapo_outside=True,
        opts={"posted": "2026-12-03 14:30", "updated": "2026-12-04 09:12", "slider": True},
    ),
    Story(
        100,
        "be-lop-choi-2-trai-nghiem-lam-banh-troi",
        "Bé lớp Chồi 2 trải nghiệm làm bánh trôi",
        "2",
        "2026-12-01T10:20:00+07:00",
        [
            P(
                "Nhằm giúp trẻ tìm hiểu về món ăn truyền thống của dân tộc, sáng 01/12/2026, cô và trò lớp "
                "Chồi 2 đã tổ chức hoạt động trải nghiệm làm bánh trôi.",
                "split",
            ),
            P(
                "Các bé được quan sát nguyên liệu gồm bột nếp, đường phên, vừng rang và cùng cô nhào bột, "
                "nặn từng viên bánh tròn xinh xắn.",
                "split",
            ),
            Img("/uploads/2026/12/banh-troi-1.jpg", "Cô hướng dẫn bé nhào bột nếp", "Cô hướng dẫn bé nhào bột nếp", "gallery"),
            Img(
                "/uploads/2026/12/banh-troi-2.jpg",
                "Bé tự tay nặn những viên bánh đầu tiên",
                "Bé tự tay nặn những viên bánh đầu tiên",
                "gallery",
            ),
            Img("/uploads/2026/12/banh-troi-3.jpg", "Thành quả của cả lớp", "Thành quả của cả lớp", "gallery"),
            P(
                "Qua hoạt động, trẻ được phát triển sự khéo léo của đôi bàn tay, biết yêu quý sản phẩm lao "
                "động và thêm gắn bó với bạn bè.",
                "split",
            ),
            _right("<em>Nguyễn Thị Hoa - GV lớp Chồi 2</em>"),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={"posted": "2026-12-01 10:20", "slider": True},
    ),
    Story(
        99,
        "5-cach-giup-tre-mam-non-phong-benh-khi-thoi-tiet-chuyen-lanh",
        "5 cách giúp trẻ mầm non phòng bệnh khi thời tiết chuyển lạnh",
        "3",
        "2026-11-28T11:00:00+07:00",
        [
            Img("/uploads/2026/11/phong-benh-mua-lanh.jpg", None, None, "plain"),
            P(
                "Thời điểm giao mùa, nhiệt độ xuống thấp và độ ẩm thay đổi khiến trẻ nhỏ dễ mắc các bệnh "
                "về đường hô hấp như cảm cúm, viêm họng, viêm phế quản."
            ),
            P("1. Giữ ấm cơ thể đúng cách", "h3"),
            P(
                "Cha mẹ cần giữ ấm cổ, ngực, bàn chân cho trẻ, nhưng không nên mặc quá nhiều lớp áo khiến "
                "trẻ ra mồ hôi rồi nhiễm lạnh trở lại."
            ),
            P("2. Vệ sinh mũi họng hằng ngày", "h3"),
            P("Nhỏ nước muối sinh lý và hướng dẫn trẻ súc miệng sau khi ăn, trước khi đi ngủ."),
            P("3. Bổ sung dinh dưỡng và nước", "h3"),
            P("Cho trẻ ăn đủ bốn nhóm chất, tăng cường rau xanh và trái cây giàu vitamin C.", "li"),
            P("Cho trẻ uống nước ấm, chia thành nhiều lần trong ngày.", "li"),
            P("4. Tiêm chủng đầy đủ", "h3"),
            P("Đưa trẻ đi tiêm phòng cúm mùa và các loại vắc xin theo đúng lịch của ngành y tế."),
            P("5. Theo dõi các dấu hiệu bất thường", "h3"),
            P(
                "Khi trẻ sốt cao, thở nhanh, bỏ ăn hoặc li bì, cha mẹ cần đưa trẻ đến cơ sở y tế để được "
                "khám kịp thời."
            ),
            Raw(
                '<div><strong>Xem thêm:</strong> <a href="/blog/che-do-dinh-duong-hop-ly-cho-tre-3-5-tuoi-b91.html">'
                "Chế độ dinh dưỡng hợp lý cho trẻ 3–5 tuổi</a></div>"
            ),
            _right("<em>Nguồn: Bệnh viện Nhi Trung ương</em>"),
        ],
        source="Bệnh viện Nhi Trung ương",
        opts={"posted": "2026-11-28 11:00", "slider": True},
    ),
    Story(
        98,
        "doan-kiem-tra-cong-tac-ban-tru-tai-truong",
        "Đoàn kiểm tra của Phòng GD&ĐT thành phố Bắc Ninh kiểm tra công tác bán trú tại trường",
        "1",
        "2026-11-27T09:15:00+07:00",
        [
            P(
                "Ngày 26/11/2026, Đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Bắc Ninh do ông Trần "
                "Văn Hùng, Phó Trưởng phòng, làm trưởng đoàn đã đến kiểm tra công tác tổ chức bán trú tại "
                "Trường Mầm non Sao Mai."
            ),
            Img(
                "/uploads/2026/11/kiem-tra-ban-tru.jpg",
                "Đoàn kiểm tra làm việc tại bếp ăn một chiều của nhà trường",
                "Đoàn kiểm tra làm việc tại bếp ăn một chiều của nhà trường",
                "cap",
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ sổ sách, quy trình giao nhận thực phẩm, lưu mẫu thức ăn, điều kiện "
                "vệ sinh bếp ăn và giờ ăn, giờ ngủ của trẻ tại các lớp."
            ),
            P(
                "Kết luận buổi kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường, đồng thời đề "
                "nghị tiếp tục rà soát hợp đồng cung ứng thực phẩm và bổ sung tủ lưu mẫu cho bếp."
            ),
            _right("<strong>Tin: Trần Minh Phương - Ảnh: Lê Thu Hà</strong>"),
        ],
        authors=["Trần Minh Phương"],
        photographers=["Lê Thu Hà"],
        opts={"posted": "2026-11-27 09:15", "old_slug": "don-doan-kiem-tra-ban-tru"},
    ),
    Story(
        97,
        "hoat-dong-ngoai-troi-be-tim-hieu-ve-cay-xanh",
        "Hoạt động ngoài trời: Bé tìm hiểu về cây xanh",
        "2",
        "2026-11-24T16:05:00+07:00",
        [
            P(
                "Trong giờ hoạt động ngoài trời, các bé lớp Mầm 1 được cô giáo dẫn đi dạo quanh vườn trường "
                "để quan sát và gọi tên các loại cây."
            ),
            Img("/uploads/2026/11/cay-xanh-1.jpg", "Ảnh: Lê Thu Hà", None, "cap"),
            P(
                "Cô giới thiệu cho trẻ về các bộ phận của cây: rễ, thân, lá, hoa và cách chăm sóc cây như "
                "tưới nước, nhổ cỏ, lau lá."
            ),
            P("Bé hào hứng tưới nước cho bồn hoa mười giờ.", "br"),
            P("Bé nhặt lá vàng rơi và bỏ vào thùng rác đúng nơi quy định.", "br"),
            Img("/uploads/2026/11/cay-xanh-2.jpg", None, None, "plain"),
        ],
        photographers=["Lê Thu Hà"],
        opts={"posted": "2026-11-24 16:05"},
    ),
    Story(
        95,
        "thong-bao-nghi-tet-duong-lich-nam-2027",
        "Thông báo nghỉ Tết Dương lịch năm 2027",
        "1",
        "2026-11-30",
        [
            LETTERHEAD,
            P(
                "Căn cứ Công văn số 1520/PGDĐT-VP ngày 27/11/2026 của Phòng Giáo dục và Đào tạo thành phố "
                "Bắc Ninh về việc nghỉ Tết Dương lịch năm 2027;"
            ),
            P(
                "Trường Mầm non Sao Mai thông báo tới toàn thể cán bộ, giáo viên, nhân viên và cha mẹ học "
                "sinh lịch nghỉ Tết Dương lịch như sau:"
            ),
            P("- Thời gian nghỉ: từ thứ Sáu, ngày 01/01/2027 đến hết Chủ nhật, ngày 03/01/2027."),
            P("- Trẻ đi học trở lại vào thứ Hai, ngày 04/01/2027."),
            P(
                "Trong thời gian nghỉ, bộ phận bảo vệ trực 24/24 giờ; đề nghị cha mẹ học sinh quan tâm, giữ "
                "gìn an toàn cho trẻ khi vui chơi ngày Tết."
            ),
            Raw("<div><br></div>"),
            CLOSING,
        ],
        authors=["Nguyễn Thị Thanh Huyền"],
        opts={"posted": "2026-12-01 08:05", "slider": True},
    ),
    Story(
        93,
        "ngay-hoi-be-vui-giao-thong",
        "Ngày hội “Bé vui giao thông”",
        "2",
        "2026-11-18T08:40:00+07:00",
        [
            P(
                "Sáng 17/11/2026, Trường Mầm non Sao Mai phối hợp với Đội Cảnh sát giao thông Công an thành "
                "phố Bắc Ninh tổ chức Ngày hội “Bé vui giao thông” cho trẻ khối Mẫu giáo."
            ),
            P("Tại ngày hội, các bé được tham gia nhiều hoạt động bổ ích:"),
            P("Nghe các chú cảnh sát giao thông hướng dẫn cách sang đường an toàn.", "li"),
            P("Nhận biết đèn tín hiệu và một số biển báo giao thông đơn giản.", "li"),
            P("Thực hành đội mũ bảo hiểm đúng cách khi ngồi sau xe máy.", "li"),
            Img(
                "/uploads/2026/11/be-vui-giao-thong.jpg",
                "Chú cảnh sát giao thông hướng dẫn bé đội mũ bảo hiểm",
                "Chú cảnh sát giao thông hướng dẫn bé đội mũ bảo hiểm",
                "cap",
            ),
            P(
                "Ngày hội góp phần hình thành cho trẻ những thói quen tốt khi tham gia giao thông ngay từ "
                "lứa tuổi mầm non."
            ),
            _right("<strong>Tổ chuyên môn Mẫu giáo lớn</strong>"),
        ],
        authors=["Tổ chuyên môn Mẫu giáo lớn"],
        opts={"posted": "2026-11-18 08:40"},
    ),
    Story(
        91,
        "che-do-dinh-duong-hop-ly-cho-tre-3-5-tuoi",
        "Chế độ dinh dưỡng hợp lý cho trẻ 3–5 tuổi",
        "3",
        "2026-11-14T13:20:00+07:00",
        [
            P(
                "Giai đoạn từ 3 đến 5 tuổi, trẻ phát triển nhanh về thể chất và trí tuệ, vì vậy bữa ăn hằng "
                "ngày cần cân đối và đa dạng.",
                "bold",
            ),
            P(
                "Theo khuyến nghị của Viện Dinh dưỡng, mỗi ngày trẻ mẫu giáo cần khoảng 1.230 đến 1.320 kcal, "
                "chia thành 3 bữa chính và 1 đến 2 bữa phụ."
            ),
            P("Gợi ý thực đơn một ngày tại trường", "h3"),
            P("Bữa | Thời gian | Gợi ý món ăn", "tr"),
            P("Bữa sáng | 7h30 | Cháo thịt bằm, sữa", "tr"),
            P("Bữa trưa | 10h30 | Cơm, cá sốt cà chua, canh rau ngót", "tr"),
            P("Bữa chiều | 14h30 | Sữa chua, chuối", "tr"),
            P(
                "Cha mẹ nên hạn chế cho trẻ ăn đồ chiên rán, nước ngọt có ga và bánh kẹo trước bữa ăn chính."
            ),
            _right("<strong>ThS. Vũ Thị Mai Anh</strong><br><em>Nhân viên dinh dưỡng</em>"),
        ],
        authors=["Vũ Thị Mai Anh"],
        summary=(
            "Giai đoạn từ 3 đến 5 tuổi, trẻ phát triển nhanh về thể chất và trí tuệ, vì vậy bữa ăn hằng "
            "ngày cần cân đối và đa dạng."
        ),
        opts={"posted": "2026-11-14 13:20", "old_slug": "dinh-duong-cho-tre-mau-giao"},
    ),
    Story(
        90,
        "hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Hội nghị cán bộ, viên chức, người lao động năm học 2026-2027",
        "1",
        "2026-11-12T15:45:00+07:00",
        [
            P(
                "Chiều 12/11/2026, Trường Mầm non Sao Mai tổ chức Hội nghị cán bộ, viên chức, người lao động "
                "năm học 2026-2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025-2026, phương hướng nhiệm "
                "vụ năm học mới và báo cáo công khai tài chính của nhà trường."
            ),
            P(
                "“Mỗi cán bộ, giáo viên hãy là một tấm gương để các con noi theo” – cô Hiệu trưởng chia sẻ "
                "trong phần bế mạc.",
                "bq",
            ),
            Img("/uploads/2026/11/hoi-nghi-vc.jpg", "Toàn cảnh hội nghị", "Toàn cảnh hội nghị", "cap"),
            P(
                "Hội nghị đã biểu quyết thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở và ký giao "
                "ước thi đua năm học 2026-2027."
            ),
            _right("<strong>Công đoàn trường</strong>"),
        ],
        authors=["Công đoàn trường"],
        opts={"posted": "2026-11-12 15:45", "updated": "2026-11-13 08:02"},
    ),
    Story(
        88,
        "tiet-hoc-steam-be-lam-thuyen-giay-noi-tren-nuoc",
        "Tiết học STEAM: Bé làm thuyền giấy nổi trên nước",
        "2",
        "2026-11-06T14:00:00+07:00",
        [
            P(
                "Tiết học STEAM “Thuyền giấy nổi trên nước” giúp các bé lớp Lá 2 khám phá vì sao một số vật "
                "có thể nổi trên mặt nước."
            ),
            P(
                "Các bé được cô hướng dẫn gấp thuyền bằng giấy màu, sau đó thử nghiệm thả thuyền vào chậu "
                "nước và quan sát."
            ),
            Img(
                "../uploads/2026/11/steam-thuyen-giay.jpg",
                "Bé thả thuyền giấy vào chậu nước",
                "Bé thả thuyền giấy vào chậu nước",
                "cap",
            ),
            P(
                "Khi phủ thêm một lớp sáp nến lên thân thuyền, các bé phát hiện thuyền nổi lâu hơn vì giấy "
                "không bị thấm nước."
            ),
        ],
        opts={"posted": "2026-11-06 14:00", "nfd": True},
    ),
    Story(
        86,
        "cha-me-nen-lam-gi-khi-tre-khong-muon-den-truong",
        "Cha mẹ nên làm gì khi trẻ không muốn đến trường?",
        "3",
        "2026-10-29T20:10:00+07:00",
        [
            P(
                "Trước hết, cha mẹ cần bình tĩnh tìm hiểu nguyên nhân: trẻ chưa quen môi trường mới, mệt "
                "mỏi, hay gặp chuyện không vui với bạn bè."
            ),
            P(
                "Hãy trò chuyện với con mỗi tối về những điều thú vị ở lớp, khen ngợi khi con tự giác chào cô "
                "và vào lớp."
            ),
            P(
                "Cha mẹ cũng nên giữ giờ giấc sinh hoạt đều đặn, cho trẻ ngủ đủ giấc và không dọa nạt trẻ "
                "bằng việc đi học."
            ),
            P(
                "Cuối cùng, hãy thường xuyên trao đổi với giáo viên để cùng phối hợp giúp trẻ yêu thích đến "
                "trường."
            ),
            _right("<em>Theo VnExpress</em>"),
        ],
        source="VnExpress",
        summary=(
            "Nhiều trẻ mầm non khóc, quấy mỗi sáng khi được đưa đến lớp. Dưới đây là một số gợi ý giúp "
            "cha mẹ đồng hành cùng con vượt qua giai đoạn này."
        ),
        sapo_outside=True,
        opts={"posted": "2026-10-29 20:10"},
    ),
    Story(
        84,
        "huong-ung-ngay-phu-nu-viet-nam-20-10",
        "Hưởng ứng Ngày Phụ nữ Việt Nam 20/10",
        "1",
        "2026-10-20",
        [
            P(
                "🌸 Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
                "20/10/2026), Công đoàn Trường Mầm non Sao Mai tổ chức nhiều hoạt động ý nghĩa."
            ),
            P(
                "Buổi sáng, các bé các lớp tặng hoa và thiệp tự làm cho cô giáo, bác cấp dưỡng và các cô nhân "
                "viên trong trường."
            ),
            Img("/uploads/2026/10/20-10-1.jpg", "Bé tặng hoa cô giáo", "Bé tặng hoa cô giáo", "gallery"),
            Img("/uploads/2026/10/20-10-2.jpg", "Hội thi cắm hoa của các cô", "Hội thi cắm hoa của các cô", "gallery"),
            P(
                "Buổi chiều, hội thi cắm hoa nghệ thuật diễn ra sôi nổi với sự tham gia của 8 đội đến từ các "
                "tổ chuyên môn."
            ),
            _right("<strong>BBT</strong>"),
        ],
        opts={"posted": "2026-10-20 00:00"},
    ),
    Story(
        83,
        "be-tham-quan-lang-tranh-dong-ho",
        "Bé tham quan Làng tranh Đông Hồ",
        "2",
        "2026-10-23T09:30:00+07:00",
        [
            P(
                "Ngày 22/10/2026, các bé khối Mẫu giáo lớn Trường Mầm non Sao Mai đã có chuyến tham quan trải "
                "nghiệm tại Làng tranh Đông Hồ, Thuận Thành, tỉnh Bắc Ninh."
            ),
            P(
                "Tại đây, các bé được nghe nghệ nhân giới thiệu về lịch sử dòng tranh, quy trình làm giấy điệp "
                "và cách in tranh bằng ván khắc gỗ."
            ),
            Img(
                "/uploads/2026/10/dong-ho-1.jpg",
                "Nghệ nhân hướng dẫn bé in tranh Đông Hồ",
                "Nghệ nhân hướng dẫn bé in tranh Đông Hồ",
                "cap",
            ),
            P(
                "Mỗi bé tự tay in một bức tranh “Đám cưới chuột” hoặc “Lợn ăn cây ráy” để mang về làm quà tặng "
                "bố mẹ."
            ),
            _right("<strong>Tin, ảnh: Đỗ Thu Trang</strong>"),
        ],
        authors=["Đỗ Thu Trang"],
        photographers=["Đỗ Thu Trang"],
        opts={"posted": "2026-10-23 09:30"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, by the time the blog app says the post went up
ORDERED = sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)


def post_path(story: Story, slug: str | None = None) -> str:
    return f"/blog/{slug or story.slug}-b{story.id}.html"


def cat_path(cat: int, page: int | None = None) -> str:
    slug, _ = CATS[cat]
    return f"/blog/{slug}-c{cat}.html" + (f"?page={page}" if page else "")


def in_cat(cat: int) -> list[Story]:
    return [s for s in ORDERED if s.cat == str(cat)]


# --- dates as the blog app prints them ----------------------------------------------------------


def _posted(story: Story) -> datetime:
    return datetime.strptime(story.opts["posted"], "%Y-%m-%d %H:%M")


def us_date(value: str) -> str:
    """'2026-12-03 14:30' -> '12/03/2026 02:30 PM' (the app's US locale)."""
    return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%m/%d/%Y %I:%M %p")


def utc_meta(story: Story) -> str:
    return (_posted(story) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def badge(story: Story) -> str:
    d = _posted(story)
    return f'<div class="dt-bdg"><b>{d.day:02d}</b><small>Th{d.month}</small></div>'


def excerpt(story: Story) -> str:
    first = story.summary or story.paragraphs[0]
    first = first.replace("🌸 ", "")
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    imgs = story.images
    src = imgs[0].src.replace("../", "/") if imgs else "/uploads/no-thumb.jpg"
    return src + "?w=360&h=240"


# --- chrome -------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu.html", [("Về trường", "/gioi-thieu.html"), ("Đội ngũ giáo viên", "/doi-ngu-giao-vien.html")]),
    ("Tin tức", cat_path(1), [(name, cat_path(c)) for c, (_, name) in CATS.items()]),
    ("Thực đơn", "/thuc-don-tuan.html", []),
    ("Thư viện ảnh", "/thu-vien-anh.html", []),
    ("Tuyển sinh", "/tuyen-sinh.html", []),
    ("Liên hệ", "/lien-he.html", []),
]


def _menu(cls: str) -> str:
    items = []
    for label, href, subs in MENU:
        sub = ""
        if subs:
            sub = '<ul class="sub">' + "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in subs) + "</ul>"
        items.append(f'<li class="mi{" has-sub" if subs else ""}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return f'<ul class="{cls}">' + "".join(items) + "</ul>"


def _el(eid: str, kind: str, style: str, inner: str) -> str:
    return f'<div class="wb-el wb-{kind}" id="{eid}" style="position:absolute;{style}">{inner}</div>'


def header() -> str:
    return (
        '<div class="wb-section" id="SECTION_HDR" data-sid="hdr"><div class="wb-container" style="position:relative;height:130px">'
        + _el("IMAGE1", "image", "left:0px;top:12px;width:96px;height:96px", '<img src="/uploads/logo-sao-mai.png" alt="logo">')
        + _el(
            "TEXT2",
            "text",
            "left:110px;top:18px;width:560px;height:40px",
            '<div class="wb-txt" style="font-size:26px;color:#e4007f"><strong>TRƯỜNG MẦM NON SAO MAI</strong></div>',
        )
        + _el("TEXT3", "text", "left:110px;top:62px;width:400px", '<div class="wb-txt">Yêu thương – Sáng tạo – Hội nhập</div>')
        + _el("TEXT4", "text", "left:840px;top:14px;width:260px", f'<div class="wb-txt"><i class="wb-ic-cal"></i> {TODAY_LINE}</div>')
        + _el("TEXT5", "text", "left:840px;top:40px;width:260px", '<div class="wb-txt">Hotline: 0222 3 821 456</div>')
        + _el("MENU6", "menu", "left:0px;top:94px;width:1140px;height:36px", _menu("wb-menu hidden-mb"))
        + _el(
            "MENU7",
            "menu-mb",
            "left:0px;top:0px;width:40px",
            '<a class="hamb" href="javascript:void(0)">&#9776;</a>' + _menu("wb-menu-mb hidden-pc"),
        )
        + "</div></div>"
    )


def footer() -> str:
    return (
        '<div class="wb-section" id="SECTION_FTR" data-sid="ftr" style="background:#4a2a6b;color:#fff">'
        '<div class="wb-container" style="position:relative;height:210px">'
        + _el(
            "TEXT91",
            "text",
            "left:0px;top:20px;width:520px",
            "<div class=\"wb-txt\"><strong>TRƯỜNG MẦM NON SAO MAI</strong></div>"
            "<div class=\"wb-txt\">Địa chỉ: Số 18 đường Ngô Gia Tự, phường Suối Hoa, thành phố Bắc Ninh</div>"
            "<div class=\"wb-txt\">Điện thoại: 0222 3 821 456 – Email: mnsaomai.bn@gmail.com</div>",
        )
        + _el(
            "TEXT92",
            "text",
            "left:600px;top:20px;width:300px",
            '<div class="wb-txt wb-counter">Đang online: 14<br>Hôm nay: 362<br>Tổng truy cập: 1.204.587</div>',
        )
        + _el(
            "TEXT93",
            "text",
            "left:0px;top:170px;width:1140px",
            '<div class="wb-txt" style="font-size:12px">© 2026 Trường Mầm non Sao Mai. Thiết kế bởi '
            '<a href="https://tenten.vn/website-builder" rel="nofollow">Tenten Website Builder</a> · '
            '<a href="https://www.facebook.com/mnsaomaibacninh" rel="nofollow">Facebook</a></div>',
        )
        + "</div></div>"
        + '<div class="wb-fixed-btn"><a href="tel:02223821456">Gọi ngay</a>'
        '<a href="https://zalo.me/02223821456" rel="nofollow">Zalo</a></div>'
    )


def page(title: str, body: str, request: Request, head_extra: str = "", desc: str = "") -> Response:
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        + (f'<meta name="description" content="{esc(desc)}">' if desc else "")
        + '<meta name="generator" content="Tenten Website Builder 4.2">'
        '<link rel="icon" href="/uploads/favicon.ico">'
        '<link rel="stylesheet" href="/assets/css/wb-runtime.min.css">'
        '<link rel="stylesheet" href="/assets/css/owl.carousel.min.css">'
        + head_extra
        + '</head><body class="wb-body"><div id="wb-root">'
        + header()
        + body
        + footer()
        + '</div><script src="/assets/js/jquery.min.js"></script>'
        '<script src="/assets/js/owl.carousel.min.js"></script>'
        '<script src="/assets/js/wb-runtime.min.js"></script>'
        "<script>$(function(){$('.owl-carousel').owlCarousel({loop:true,items:1,autoplay:true});"
        "$('img.lazy').each(function(){$(this).attr('src',$(this).data('src'))});});</script>"
        "</body></html>"
    )
    return html(doc)


def sidebar(current: Story | None = None) -> str:
    newest = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in ORDERED[:5] if s is not current
    )
    most = [BY_ID[98], BY_ID[91], BY_ID[101], BY_ID[86]]
    most_read = "".join(
        f'<li><a href="{post_path(s, s.opts.get("old_slug"))}">{esc(s.title)}</a> <span class="vw">({s.views()})</span></li>'
        for s in most
    )
    return (
        '<div class="wb-col-4 bl-side">'
        f'<div class="sd-box"><div class="sd-ttl">Bài viết mới</div><ul>{newest}</ul></div>'
        f'<div class="sd-box"><div class="sd-ttl">Xem nhiều</div><ul>{most_read}</ul></div>'
        '<div class="sd-box"><div class="sd-ttl">Thăm dò ý kiến</div>'
        '<form class="wb-form" data-form-id="F12" onsubmit="return false">'
        "<p>Phụ huynh biết đến trường qua kênh nào?</p>"
        '<label><input type="radio" name="q1" value="1"> Người quen giới thiệu</label><br>'
        '<label><input type="radio" name="q1" value="2"> Facebook</label><br>'
        '<label><input type="radio" name="q1" value="3"> Website</label><br>'
        '<button type="button" class="btn-vote">Bình chọn</button></form></div>'
        '<div class="sd-box"><div class="sd-ttl">Liên kết</div><ul>'
        '<li><a href="https://moet.gov.vn" rel="nofollow">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://bacninh.edu.vn" rel="nofollow">Sở GD&amp;ĐT Bắc Ninh</a></li></ul></div>'
        "</div>"
    )


def banner(label: str) -> str:
    return (
        '<div class="wb-section" id="SECTION_BNR" data-sid="bnr" '
        "style=\"background-image:url('/uploads/banner-blog.jpg');background-size:cover\">"
        '<div class="wb-container" style="position:relative;height:160px">'
        + _el("HEADLINE8", "headline", "left:0px;top:52px;width:1140px;text-align:center", f'<h1 class="wb-h">{esc(label.upper())}</h1>')
        + "</div></div>"
    )


# --- post content -------------------------------------------------------------------------------

SPACER = "<div><br></div>"


def _split_spans(value: str, seed: int) -> str:
    """Cut the text into style runs every few characters, mid-word, as the editor saved them."""
    out = []
    i = 0
    n = 0
    styles = ["font-family:Arial,Helvetica,sans-serif", "font-size:16px", "font-family:Arial;color:rgb(51,51,51)"]
    while i < len(value):
        step = 9 + (seed + n * 5) % 13
        out.append(f'<span style="{styles[n % 3]}">{esc(value[i : i + step])}</span>')
        i += step
        n += 1
    return "".join(out)


def _img_tag(img: Img) -> str:
    alt = img.src.rsplit("/", 1)[-1]
    return f'<img class="lazy" src="/assets/images/blank.gif" data-src="{esc(img.src)}" alt="{esc(alt)}" style="max-width:100%">'


def render_content(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    blocks = story.blocks
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1

                def slide(im: Img, cloned: bool) -> str:
                    cls = "owl-item cloned" if cloned else "owl-item"
                    return (
                        f'<div class="{cls}" style="width:720px"><div class="it">'
                        f'<img src="{esc(im.src)}" alt="">'
                        f'<p class="it-cap">{esc(im.printed or "")}</p></div></div>'
                    )

                slides = [slide(group[-1], True), *(slide(g, False) for g in group), slide(group[0], True)]
                out.append(
                    '<div class="owl-carousel bl-gal owl-loaded"><div class="owl-stage-outer">'
                    '<div class="owl-stage" style="transform:translate3d(-720px,0,0)">'
                    + "".join(slides)
                    + '</div></div><div class="owl-nav"><button class="owl-prev">‹</button>'
                    '<button class="owl-next">›</button></div></div>'
                )
                out.append(SPACER)
                continue
            out.append(f'<div style="text-align:center">{_img_tag(b)}</div>')
            if b.printed:
                out.append(
                    '<div style="text-align:center"><em><span style="font-size:13px;color:#666">'
                    f"{text(b.printed, nfd=nfd)}</span></em></div>"
                )
            out.append(SPACER)
            i += 1
            continue
        # a paragraph, or a group of them
        if b.style in ("li", "tr", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li><span>{text(p.text, nfd=nfd)}</span></li>" for p in group) + "</ul>")
            elif b.style == "tr":
                rows = []
                for n, p in enumerate(group):
                    tag = "td"
                    cells = "".join(
                        f"<{tag}>{'<strong>' if n == 0 else ''}{text(c, nfd=nfd)}{'</strong>' if n == 0 else ''}</{tag}>"
                        for c in p.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append('<table border="1" cellpadding="5" style="border-collapse:collapse;width:100%"><tbody>' + "".join(rows) + "</tbody></table>")
            else:
                out.append(
                    '<div><span style="font-size:16px">'
                    + "<br>".join(text(p.text, nfd=nfd) for p in group)
                    + "</span></div>"
                )
            out.append(SPACER)
            continue
        i += 1
        if b.style == "split":
            out.append(f"<div>{_split_spans(b.text, story.id + i)}</div>")
        elif b.style == "h3":
            out.append(f'<h3><span style="color:#e4007f">{text(b.text, nfd=nfd)}</span></h3>')
        elif b.style == "bq":
            out.append(f"<blockquote><div><em>{text(b.text, nfd=nfd)}</em></div></blockquote>")
        elif b.style == "bold":
            out.append(f'<div><strong><span style="font-size:16px">{text(b.text, nfd=nfd)}</span></strong></div>')
        else:
            out.append(f'<div><span style="font-size:16px">{text(b.text, nfd=nfd)}</span></div>')
        out.append(SPACER)
    return "".join(out)


def _card(s: Story, href: str | None = None) -> str:
    href = href or post_path(s)
    return (
        '<div class="bl-item wb-col-4"><div class="bl-thumb">'
        f'<a href="{href}"><img src="{thumb(s)}" alt="{esc(s.title)}"></a>{badge(s)}</div>'
        f'<div class="bl-inf"><h3 class="bl-it-ttl"><a href="{href}">{esc(s.title)}</a></h3>'
        f'<p class="bl-exc">{esc(excerpt(s))}</p>'
        f'<a class="wb-btn btn-more" href="{href}">Xem thêm »</a></div></div>'
    )


def post_page(story: Story, request: Request) -> Response:
    cat_name = CATS[int(story.cat)][1]
    canonical = base_url(request) + post_path(story)
    related = [s for s in in_cat(int(story.cat)) if s is not story][:3]
    rel_items = [
        '<div class="owl-item" style="width:260px"><div class="rl-it">'
        f'<a href="{post_path(s)}"><img src="{thumb(s)}" alt=""></a>'
        f'<h4><a href="{post_path(s)}">{esc(s.title)}</a></h4><p>{esc(excerpt(s))}</p></div></div>'
        for s in related
    ]
    meta = (
        '<div class="bl-meta">'
        f'<span class="bl-dt"><i class="wb-ic-cal"></i> {us_date(story.opts["posted"])}</span>'
        ' <span class="bl-by"><i class="wb-ic-user"></i> Đăng bởi: admin_saomai</span>'
        f' <span class="bl-vw"><i class="wb-ic-eye"></i> Lượt xem: {story.views()}</span></div>'
    )
    desc = (
        f'<div class="bl-desc"><strong>{esc(story.summary)}</strong></div>' if story.sapo_outside and story.summary else ""
    )
    updated = (
        f'<div class="bl-upd"><em>Cập nhật lần cuối: {us_date(story.opts["updated"])}</em></div>'
        if story.opts.get("updated")
        else ""
    )
    share = (
        '<div class="bl-share"><span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(canonical)}" rel="nofollow">Facebook</a>'
        f'<a href="https://zalo.me/share?url={esc(canonical)}" rel="nofollow">Zalo</a>'
        '<a href="javascript:window.print()">In bài</a></div>'
    )
    tags = '<div class="bl-tags"><span>Tags:</span> <span class="tg">mầm non sao mai</span> <span class="tg">bắc ninh</span></div>'
    body = (
        banner(cat_name)
        + '<div class="wb-section" id="SECTION_BLOG" data-sid="blog"><div class="wb-container wb-flow"><div class="wb-row">'
        '<div class="wb-col-8"><div class="wb-app-blog" data-app="blog" data-post-id="'
        + str(story.id)
        + '">'
        '<ul class="bc"><li><a href="/">Trang chủ</a></li><li><a href="'
        + cat_path(1)
        + '">Tin tức</a></li>'
        f'<li><a href="{cat_path(int(story.cat))}">{esc(cat_name)}</a></li></ul>'
        f'<h2 class="bl-ttl">{esc(story.title)}</h2>'
        + meta
        + desc
        + f'<div class="bl-ct wb-rte">{render_content(story)}</div>'
        + updated
        + tags
        + share
        + f'<div class="fb-comments" data-href="{esc(canonical)}" data-numposts="5" data-width="100%"></div>'
        + '<div class="bl-rel"><div class="rl-ttl">Bài viết liên quan</div>'
        '<div class="owl-carousel rl-car owl-loaded"><div class="owl-stage-outer"><div class="owl-stage">'
        + "".join(rel_items)
        + "</div></div></div></div>"
        + "</div></div>"
        + sidebar(story)
        + "</div></div></div>"
    )
    head = (
        f'<link rel="canonical" href="{esc(canonical)}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(story.title)}">'
        f'<meta property="og:url" content="{esc(canonical)}">'
        f'<meta property="og:image" content="{base_url(request)}{thumb(story)}">'
        f'<meta property="article:published_time" content="{utc_meta(story)}">'
    )
    return page(f"{story.title} | {SCHOOL}", body, request, head, desc=excerpt(story))


def list_page(cat: int, pg: int, request: Request) -> Response | None:
    posts = in_cat(cat)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if pg < 1 or pg > pages:
        return None
    _, name = CATS[cat]
    chunk = posts[(pg - 1) * PER_PAGE : pg * PER_PAGE]
    pager = ['<div class="wb-pgn">']
    if pg > 1:
        pager.append(f'<a href="?page={pg - 1}">«</a>')
    for n in range(1, pages + 1):
        act = ' class="act"' if n == pg else ""
        pager.append(f'<a href="?page={n}"{act}>{n}</a>')
    if pg < pages:
        pager.append(f'<a href="?page={pg + 1}">»</a>')
    pager.append("</div>")
    body = (
        banner(name)
        + '<div class="wb-section" id="SECTION_BLOG" data-sid="blog"><div class="wb-container wb-flow"><div class="wb-row">'
        '<div class="wb-col-8"><div class="wb-app-blog" data-app="blog-list">'
        f'<ul class="bc"><li><a href="/">Trang chủ</a></li><li><a href="{cat_path(1)}">Tin tức</a></li>'
        f"<li>{esc(name)}</li></ul>"
        '<div class="bl-list wb-row">'
        + "".join(_card(s) for s in chunk)
        + "</div>"
        + "".join(pager)
        + "</div></div>"
        + sidebar()
        + "</div></div></div>"
    )
    title = f"{name} | {SCHOOL}" + (f" - Trang {pg}" if pg > 1 else "")
    return page(title, body, request, desc=f"{name} - {SCHOOL}")


def home(request: Request) -> Response:
    slides = [s for s in ORDERED if s.opts.get("slider")]

    def slide(s: Story, cloned: bool) -> str:
        href = post_path(s) + "?ref=home-slider"
        return (
            f'<div class="owl-item{" cloned" if cloned else ""}" style="width:1140px"><div class="sl-it" '
            f"style=\"background-image:url('{thumb(s)}')\"><div class=\"sl-cap\">"
            f'<a href="{href}">{esc(s.title)}</a></div></div></div>'
        )

    slider = (
        '<div class="wb-section" id="SECTION_SLD" data-sid="sld"><div class="wb-container" style="position:relative;height:420px">'
        + _el(
            "SLIDER9",
            "slider",
            "left:0px;top:0px;width:1140px;height:420px",
            '<div class="owl-carousel hm-sld owl-loaded"><div class="owl-stage-outer"><div class="owl-stage">'
            + slide(slides[-1], True)
            + "".join(slide(s, False) for s in slides)
            + slide(slides[0], True)
            + "</div></div></div>",
        )
        + "</div></div>"
    )
    intro = (
        '<div class="wb-section" id="SECTION_GT" data-sid="gt"><div class="wb-container" style="position:relative;height:260px">'
        + _el("HEADLINE10", "headline", "left:0px;top:20px;width:1140px", '<h2 class="wb-h">VỀ CHÚNG TÔI</h2>')
        + _el(
            "TEXT11",
            "text",
            "left:0px;top:80px;width:700px",
            '<div class="wb-txt">Trường Mầm non Sao Mai được thành lập năm 1998, là trường mầm non công lập '
            "đạt chuẩn Quốc gia mức độ 2 của thành phố Bắc Ninh, với 14 nhóm, lớp và hơn 420 trẻ.</div>",
        )
        + _el("BUTTON12", "button", "left:0px;top:200px;width:160px", '<a class="wb-btn" href="/gioi-thieu.html">Tìm hiểu thêm</a>')
        + "</div></div>"
    )
    news = (
        '<div class="wb-section" id="SECTION_TM" data-sid="tm"><div class="wb-container wb-flow">'
        '<h2 class="wb-h">TIN MỚI</h2><div class="wb-app-blog" data-app="blog-latest"><div class="bl-list wb-row">'
        + "".join(_card(s) for s in ORDERED[:6])
        + f'</div><a class="wb-btn" href="{cat_path(1)}">Xem tất cả</a></div></div></div>'
    )
    parents = (
        '<div class="wb-section" id="SECTION_CM" data-sid="cm"><div class="wb-container wb-flow">'
        '<h2 class="wb-h">GÓC CHA MẸ</h2><div class="wb-app-blog" data-app="blog-cat"><div class="bl-list wb-row">'
        + "".join(_card(s) for s in in_cat(3))
        + "</div></div></div></div>"
    )
    menu_today = (
        '<div class="wb-section" id="SECTION_TD" data-sid="td"><div class="wb-container" style="position:relative;height:180px">'
        + _el(
            "TEXT13",
            "text",
            "left:0px;top:20px;width:600px",
            '<div class="wb-txt"><strong>Thực đơn hôm nay (Thứ Bảy, 05/12/2026)</strong></div>'
            "<div class=\"wb-txt\">Trường nghỉ học thứ Bảy. "
            '<a href="/thuc-don-tuan.html">Xem thực đơn cả tuần</a></div>',
        )
        + "</div></div>"
    )
    return page(
        f"{SCHOOL} - Thành phố Bắc Ninh",
        slider + intro + news + parents + menu_today,
        request,
        f'<link rel="canonical" href="{base_url(request)}/">',
        desc="Website chính thức của Trường Mầm non Sao Mai, thành phố Bắc Ninh",
    )


# --- static builder pages -----------------------------------------------------------------------


def _text_section(sid: str, heading: str, paragraphs: list[str], extra: str = "") -> str:
    top = 20
    els = [_el(f"HEADLINE{sid}0", "headline", f"left:0px;top:{top}px;width:1140px", f'<h1 class="wb-h">{esc(heading)}</h1>')]
    for n, p in enumerate(paragraphs, 1):
        top += 60 if n == 1 else 70
        els.append(_el(f"TEXT{sid}{n}", "text", f"left:0px;top:{top}px;width:760px", f'<div class="wb-txt">{p}</div>'))
    height = top + 120
    return (
        f'<div class="wb-section" id="SECTION_{sid}" data-sid="s{sid}">'
        f'<div class="wb-container" style="position:relative;height:{height}px">{"".join(els)}{extra}</div></div>'
    )


STATIC_PAGES: dict[str, tuple[str, str]] = {
    "/gioi-thieu.html": (
        "Giới thiệu",
        _text_section(
            "20",
            "GIỚI THIỆU TRƯỜNG MẦM NON SAO MAI",
            [
                "Trường Mầm non Sao Mai được thành lập ngày 15/8/1998 theo Quyết định của UBND thị xã Bắc Ninh "
                "(nay là thành phố Bắc Ninh).",
                "Năm 2019, trường được công nhận đạt chuẩn Quốc gia mức độ 2; năm học 2025-2026 trường có 14 "
                "nhóm, lớp với 426 trẻ và 58 cán bộ, giáo viên, nhân viên.",
                "Sứ mệnh của nhà trường là xây dựng môi trường giáo dục an toàn, thân thiện, nơi mỗi trẻ được "
                "yêu thương, tôn trọng và phát triển toàn diện.",
            ],
        ),
    ),
    "/doi-ngu-giao-vien.html": (
        "Đội ngũ giáo viên",
        _text_section(
            "21",
            "ĐỘI NGŨ GIÁO VIÊN",
            [
                '<img src="/uploads/gv/huyen.jpg" alt=""> Cô Nguyễn Thị Thanh Huyền – Hiệu trưởng',
                '<img src="/uploads/gv/ngoc.jpg" alt=""> Cô Phạm Thị Ngọc – Phó Hiệu trưởng',
                '<img src="/uploads/gv/hoa.jpg" alt=""> Cô Nguyễn Thị Hoa – Giáo viên lớp Chồi 2',
                '<img src="/uploads/gv/mai-anh.jpg" alt=""> Cô Vũ Thị Mai Anh – Nhân viên dinh dưỡng',
            ],
        ),
    ),
    "/thuc-don-tuan.html": (
        "Thực đơn tuần",
        _text_section(
            "22",
            "THỰC ĐƠN TUẦN 14 (30/11 – 04/12/2026)",
            [
                "<table border=\"1\"><tr><td><strong>Thứ</strong></td><td><strong>Bữa trưa</strong></td>"
                "<td><strong>Bữa chiều</strong></td></tr>"
                "<tr><td>Thứ Hai 30/11</td><td>Cơm, thịt gà kho gừng, canh bí xanh</td><td>Cháo sườn</td></tr>"
                "<tr><td>Thứ Ba 01/12</td><td>Cơm, cá basa sốt cà chua, canh cải</td><td>Bánh trôi, sữa</td></tr>"
                "<tr><td>Thứ Tư 02/12</td><td>Cơm, thịt bò xào, canh rau ngót</td><td>Mì nấu thịt</td></tr>"
                "<tr><td>Thứ Năm 03/12</td><td>Cơm, trứng đúc thịt, canh bầu</td><td>Sữa chua, chuối</td></tr>"
                "<tr><td>Thứ Sáu 04/12</td><td>Cơm, tôm rim, canh mồng tơi</td><td>Phở gà</td></tr></table>",
                "<em>Cập nhật: 28/11/2026 – Bộ phận dinh dưỡng</em>",
            ],
        ),
    ),
    "/thu-vien-anh.html": (
        "Thư viện ảnh",
        _text_section(
            "23",
            "THƯ VIỆN ẢNH",
            [
                '<img src="/uploads/album/khai-giang-2026.jpg" alt=""> Lễ khai giảng năm học 2026-2027',
                '<img src="/uploads/album/trung-thu-2026.jpg" alt=""> Vui Tết Trung thu 2026',
                '<img src="/uploads/album/20-10-2026.jpg" alt=""> Chào mừng Ngày Phụ nữ Việt Nam 20/10',
            ],
        ),
    ),
    "/tuyen-sinh.html": (
        "Tuyển sinh",
        _text_section(
            "24",
            "TUYỂN SINH NĂM HỌC 2027-2028",
            [
                "Trường Mầm non Sao Mai thông báo kế hoạch tuyển sinh trẻ từ 18 tháng đến 5 tuổi cho năm học "
                "2027-2028.",
                "Thời gian nhận hồ sơ trực tuyến: từ ngày 01/6/2027 đến ngày 15/6/2027 trên Cổng tuyển sinh "
                "của tỉnh Bắc Ninh.",
                "Hồ sơ gồm: đơn xin nhập học, bản sao giấy khai sinh, giấy xác nhận cư trú.",
            ],
            '<form class="wb-form" data-form-id="F3" onsubmit="return false" style="position:absolute;left:800px;top:80px">'
            '<input name="ho_ten" placeholder="Họ tên phụ huynh"><input name="sdt" placeholder="Số điện thoại">'
            '<button type="button">Đăng ký tư vấn</button></form>',
        ),
    ),
    "/lien-he.html": (
        "Liên hệ",
        _text_section(
            "25",
            "LIÊN HỆ",
            [
                "Địa chỉ: Số 18 đường Ngô Gia Tự, phường Suối Hoa, thành phố Bắc Ninh",
                "Điện thoại: 0222 3 821 456 – Email: mnsaomai.bn@gmail.com",
                '<iframe src="https://www.google.com/maps/embed?pb=saomai" width="600" height="300"></iframe>',
            ],
            '<form class="wb-form" data-form-id="F4" onsubmit="return false" style="position:absolute;left:800px;top:80px">'
            '<input name="name" placeholder="Họ và tên"><textarea name="msg"></textarea>'
            '<button type="button">Gửi liên hệ</button></form>',
        ),
    ),
}


# --- routing ------------------------------------------------------------------------------------

_POST = re.compile(r"^/blog/([a-z0-9-]+)-b(\d+)\.html$")
_CAT = re.compile(r"^/blog/([a-z0-9-]+)-c(\d+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/")):
            return static_file(path)
        if path in ("/", "/index.html"):
            return home(request) if path == "/" else None
        if path in STATIC_PAGES:
            title, body = STATIC_PAGES[path]
            return page(f"{title} | {SCHOOL}", body, request)
        m = _POST.match(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            if story is None or m.group(1) not in (story.slug, story.opts.get("old_slug")):
                return None
            return post_page(story, request)
        m = _CAT.match(path)
        if m:
            cat = int(m.group(2))
            if cat not in CATS or CATS[cat][0] != m.group(1):
                return None
            raw = parse_qs(request.query).get("page", ["1"])[0]
            if not raw.isdigit():
                return None
            return list_page(cat, int(raw), request)
        return None


def build_site() -> Site:
    return Site()


def _alts(story: Story) -> list[str]:
    alts = []
    if story.opts.get("slider"):
        alts.append(post_path(story) + "?ref=home-slider")
    if story.opts.get("old_slug"):
        alts.append(post_path(story, story.opts["old_slug"]))
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[int(s.cat)][1], canonical_path=post_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = list(STATIC_PAGES)
