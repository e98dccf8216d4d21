"""Trường THCS Hòa Bình (Quảng Nam) on a hosted "school website builder" in the manner of the new
Google Sites: generated markup, no semantic elements, dates and bylines typed as plain text.

Platform
--------
The builder publishes every page of the site (home, "Giới thiệu", each news post, the timetable)
as a *page* at ``/view/<site>/<parent>/<page>``. There is no blog engine: the editors keep one
page per post under the section page ("Tin tức" or "Thông báo") and list the posts by hand on the
section page as cards (title, the date they type, the first sentence), a few cards per page of
the list, with a "Xem thêm" link to the next part (``?page=2``). The markup is the builder's own:
every class is a short hash (``t3iYD``, ``zfr3Q``, ``CDt4Ke``, ``JNdkSc``), nested divs 8–12
deep, no ``<article>``, no ``<main>``/``<time>``/``<figure>``. A post page is::

    "Skip to main content" link, "Chuyển đổi chế độ xem" button
    header: logo <img>, site name (a <span>), nav "Trang chủ / Giới thiệu / Tin tức / Thông báo
      (submenu: Thời khóa biểu) / Liên hệ", the section of the page marked ``aria-current``,
      the "Tìm kiếm trang web này" box, and TODAY's date in a small text box
    section 1 (banner): <div role="img" style="background-image:url(…)"> (layout), then the post
      title as <div role="heading" aria-level="1"> on some posts, <h1 class="duRjpb"> on others
    section 2: "tiles" of text boxes and images. Text boxes hold
      <p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">…</span></p> paragraphs, headings
      as <h3 class="CDt4Ke zfr3Q OmQG5e"> or a bold paragraph, lists as
      <ul class="n8H08c"><li><p role="presentation">…</p></li></ul>, line breaks as <br>.
      Images are their own tiles: <img class="CENy8b" role="img" src="/_/rsrc/<token>=w1280">.
      A caption is the next text box in a smaller font (``font-size: 10pt``), italic on some.
    The date is the first paragraph of the text: "Đăng ngày 18/11/2026" (with " - 16:45" on
      some), "Cập nhật: 18/11/2026" on others, or "18.11.2026" alone.
    The byline is a plain paragraph at the end: "Người viết: Võ Thị Hạnh", "Tin: …; Ảnh: …",
      "Tin, ảnh: …", or a right-aligned (style="text-align: right") name or unit alone.
    A "Tin liên quan" text box with links to other posts closes some posts.
    footer: school address and phone; the builder's bar "Google Sites", "Báo cáo lạm dụng",
      "Thông tin chi tiết về trang" (a hidden dialog with the page's last-edit date).
No visitor counter, no robots.txt, no sitemap (the builder publishes none for this site).

URL scheme
----------
- ``/view/thcshoabinh`` home (START_PATH); ``/`` answers 302 to it.
- ``/view/thcshoabinh/gioi-thieu``, ``/view/thcshoabinh/lien-he``: static pages.
- ``/view/thcshoabinh/tin-tuc`` (``?page=2``, ``?page=3``): the news list, 3 cards a page.
- ``/view/thcshoabinh/thong-bao`` (``?page=2``): the notices list, 3 cards a page.
- ``/view/thcshoabinh/tin-tuc/<slug>``, ``/view/thcshoabinh/thong-bao/<slug>``: posts.
- ``/view/thcshoabinh/thong-bao/thoi-khoa-bieu``: the timetable page (an embedded Google Sheet
  iframe), a subpage of Thông báo with the very URL form of the notices.
- ``?authuser=0`` on any page serves the same page; a page asked with it prints every internal
  link with it too (the builder keeps the signed-in account index in links).
- Images: ``/_/rsrc/<token>=w1280`` (photos) and ``=h64``/``=w16383`` (logo, banners), served as
  JPEG by the site.

How each gold article is reached
--------------------------------
- Tin tức (8): list page 1 has the 3 newest, ``?page=2`` the next 3, ``?page=3`` the two oldest
  (the September posts are reached only there, or through ``?authuser=0`` copies of that path).
- Thông báo (4): list page 1 has 3 notices, ``?page=2`` the oldest one.
- The home's "Tin mới" text box links three posts with ``?authuser=0`` (the editor copied the
  links while signed in): from there on every link of the walk carries ``authuser=0``. Every gold
  article therefore lists ``<path>?authuser=0`` in ``alt_paths``.
- Some posts close with "Tin liên quan" links to other posts.

Traps
-----
- No <article>, <time>, <figure>, no meta of the post; the title is a ``div[role=heading]`` on
  some posts; the ``<title>`` and og:title are "Trường THCS Hòa Bình - <page name>", the page's
  short navigation name ("Lễ kỷ niệm 20/11"), not the headline.
- Dates only as plain text, in three forms; the header prints TODAY; the hidden "Thông tin chi
  tiết về trang" dialog prints the page's last edit ("Lần chỉnh sửa gần nhất: 24/11/2026"), never
  the publication date; the cards of the lists print the date too.
- The banner is a ``div[role=img]`` with a background image; the logo is an <img>: layout.
- The timetable page sits at ``/thong-bao/<slug>`` like the notices but is an iframe, no date.
- ``?authuser=0`` duplicates of every page.
- "Tin liên quan" link lists are not body text.

Gold decisions
--------------
- title: the heading element's text (capitals kept).
- published_at: the date paragraph ("Cập nhật:" is the only date such pages print, so it is
  taken); with " - HH:MM" the time is kept.
- authors/photographers: the closing byline. "Tổ Ngữ văn", "Đoàn trường", "Tổ Văn phòng" alone and
  right-aligned are units credited as printed; "ThS. Lê Văn Tâm - Phó Hiệu trưởng" -> "Lê Văn Tâm";
  "BBT" and "Ảnh: Internet" credit nobody; "Tin, ảnh: X" -> X both.
- source: "Theo Phòng GD&ĐT Thăng Bình" -> "Phòng GD&ĐT Thăng Bình"; "Nguồn: Báo Quảng Nam".
- summary: a bold first paragraph (lead) only; it is also the first body paragraph.
- body: the paragraphs after the date line; headings and list items are paragraphs; lines
  separated by <br> are paragraphs each; captions, date, bylines, source and "Tin liên quan" not.
- images: the <img> photos of the post in order; caption = the 10pt line right under (italic or
  not); a photo followed by a normal-size paragraph of text has no caption.
- category: the nav item marked current (the section the page is under).
"""

from __future__ import annotations

import hashlib

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "google_sites_like_thcs"
PLATFORM = "Hosted school site builder (Google Sites-like generated markup), pages as posts"
SITE = "/view/thcshoabinh"
START_PATH = SITE
SITE_NAME = "Trường THCS Hòa Bình"
PER_PAGE = 3

CATEGORIES = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}


def hid(seed: str, n: int = 10) -> str:
    """A builder-style hash id (``h.7d2f0a…``) or class-like token, stable per seed."""
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:n]


def rsrc(seed: str, size: str = "w1280") -> str:
    """A hosted image path: an opaque token plus the size suffix, as the builder prints them."""
    token = "AHkRS7" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:30]
    return f"/_/rsrc/{token}={size}"


def right(line: str) -> Raw:
    return Raw(f'<p class="zfr3Q CDt4Ke" dir="ltr" style="text-align: right;"><span class="C9DxTc">{esc(line)}</span></p>')


def plain(line: str) -> Raw:
    return Raw(f'<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">{esc(line)}</span></p>')


def bold_line(line: str) -> Raw:
    return Raw(
        f'<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc" style="font-weight: 700;">{esc(line)}</span></p>'
    )


# --- posts ----------------------------------------------------------------------------------
#
# opts: date (the printed date line), h ("h1" | "div": the heading element), name (the page's
# navigation name: <title>), related (slugs for "Tin liên quan"), banner (a banner image).
# P styles: "lead" (bold first paragraph), "h3" (heading), "b" (bold paragraph as sub-heading),
# "li" (bullet), "br" (consecutive "br" lines share one <p> separated by <br>), "q" (indented
# italic quote). Img styles: "it" (10pt italic centred line), "small" (10pt centred, upright),
# "none" (no line; the next text box is ordinary text).

STORIES: list[Story] = [
    Story(
        1,
        "le-ky-niem-20-11-2026",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "tin-tuc",
        "2026-11-21T16:45:00+07:00",
        [
            P(
                "Sáng ngày 20/11/2026, Trường THCS Hòa Bình long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam trong không khí ấm áp, trang trọng với sự tham dự của đại diện "
                "chính quyền địa phương, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo "
                "viên, nhân viên và hơn 620 học sinh của trường.",
                "lead",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng do các chi đội biểu diễn với "
                "những tiết mục ca ngợi công ơn thầy cô và mái trường thân yêu. Tiết mục múa “Bụi "
                "phấn” của tập thể lớp 8/2 để lại nhiều cảm xúc cho khán giả."
            ),
            Img(
                rsrc("lk-1"),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8/2",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8/2",
                "it",
            ),
            P(
                "Thay mặt nhà trường, thầy Nguyễn Văn Bình, Hiệu trưởng, ôn lại truyền thống của "
                "Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của năm học 2025-2026: tỷ "
                "lệ học sinh xếp loại học tập khá, tốt đạt 68,4%; 27 học sinh đạt giải trong kỳ thi "
                "học sinh giỏi cấp huyện, 5 em đạt giải cấp tỉnh; trường được công nhận đạt chuẩn "
                "quốc gia mức độ 1 giai đoạn 2026-2031."
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "trường và trao 15 suất học bổng “Vượt khó học tốt” cho các em học sinh có hoàn cảnh "
                "khó khăn, mỗi suất trị giá 1.000.000 đồng do Ban đại diện cha mẹ học sinh tài trợ."
            ),
            Img(
                rsrc("lk-2"),
                "Thầy Hiệu trưởng trao học bổng cho học sinh vượt khó",
                "Thầy Hiệu trưởng trao học bổng cho học sinh vượt khó",
                "it",
            ),
            P(
                "Buổi lễ khép lại với lời hứa của đại diện Liên đội: các em sẽ tiếp tục thi đua học "
                "tốt, rèn luyện tốt để đền đáp công ơn của thầy cô."
            ),
            plain("Tin: Nguyễn Thị Thu Hà; Ảnh: CLB Nhiếp ảnh"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["CLB Nhiếp ảnh"],
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Hòa Bình long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam trong không khí ấm áp, trang trọng với sự tham dự của đại diện "
            "chính quyền địa phương, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo "
            "viên, nhân viên và hơn 620 học sinh của trường."
        ),
        opts={
            "date": "Đăng ngày 21/11/2026 - 16:45",
            "h": "h1",
            "name": "Lễ kỷ niệm 20/11",
            "related": ["hoi-thi-giao-vien-day-gioi-cap-truong", "tap-huan-phong-chong-duoi-nuoc"],
            "banner": True,
        },
    ),
    Story(
        2,
        "hoi-thi-giao-vien-day-gioi-cap-truong",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "tin-tuc",
        "2026-11-17",
        [
            P(
                "Thực hiện kế hoạch năm học, từ ngày 02/11 đến ngày 14/11/2026, Trường THCS Hòa Bình "
                "tổ chức Hội thi giáo viên dạy giỏi cấp trường với sự tham gia của 18 thầy cô thuộc "
                "4 tổ chuyên môn."
            ),
            P("Nội dung hội thi", "b"),
            P("Phần thi năng lực: trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn.", "li"),
            P("Phần thi thực hành: dạy 02 tiết trên lớp theo định hướng phát triển năng lực.", "li"),
            P("Các tiết dạy được Ban giám khảo đánh giá theo Công văn 5512/BGDĐT-GDTrH.", "li"),
            Img(rsrc("gvdg-1"), None, None, "none"),
            P(
                "Nhiều tiết dạy được đầu tư công phu, vận dụng hiệu quả công nghệ thông tin và các "
                "kỹ thuật dạy học tích cực như khăn trải bàn, mảnh ghép, trạm học tập; học sinh "
                "hứng thú, chủ động tham gia xây dựng bài."
            ),
            P("Kết quả", "b"),
            P(
                "Ban giám khảo công nhận 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, "
                "trong đó 4 thầy cô được chọn dự thi cấp huyện vào tháng 12/2026."
            ),
            plain("Người viết: Võ Thị Hạnh"),
        ],
        authors=["Võ Thị Hạnh"],
        opts={"date": "Cập nhật: 17/11/2026", "h": "div", "name": "Hội thi GVDG cấp trường"},
    ),
    Story(
        3,
        "tiet-hoc-ngoai-khoa-em-yeu-van-hoc-que-huong",
        "Tiết học ngoại khóa “Em yêu văn học quê hương”",
        "tin-tuc",
        "2026-11-12",
        [
            P(
                "Nhằm giúp học sinh hiểu thêm về các tác giả, tác phẩm viết về quê hương Quảng Nam, "
                "chiều 10/11/2026, Tổ Ngữ văn tổ chức tiết học ngoại khóa “Em yêu văn học quê hương” "
                "cho học sinh khối 8 và khối 9 tại hội trường nhà trường."
            ),
            P(
                "Chương trình gồm các phần giới thiệu tác giả, đọc diễn cảm, sân khấu hóa tác phẩm và "
                "đố vui văn học. Các em đã tìm hiểu về nhà thơ Bùi Giáng, nhà văn Nguyễn Văn Xuân và "
                "những câu ca dao quen thuộc của xứ Quảng."
            ),
            P("Đất Quảng Nam chưa mưa đà thấm,", "br"),
            P("Rượu hồng đào chưa nhấm đà say.", "br"),
            Img(
                rsrc("nk-1"),
                "Học sinh lớp 9/1 sân khấu hóa truyện ngắn",
                "Học sinh lớp 9/1 sân khấu hóa truyện ngắn",
                "small",
            ),
            P(
                "Em Trần Ngọc Bảo Vy, lớp 9/1, chia sẻ: “Qua tiết học, em thấy yêu hơn mảnh đất và "
                "con người quê mình, và hiểu rằng văn học không chỉ nằm trong trang sách.”",
                "q",
            ),
            P(
                "Tiết học ngoại khóa là hoạt động thường niên của Tổ Ngữ văn, góp phần bồi dưỡng tình "
                "yêu văn chương và kỹ năng thuyết trình cho học sinh."
            ),
            right("Tổ Ngữ văn"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={
            "date": "12.11.2026",
            "h": "div",
            "name": "Ngoại khóa Ngữ văn",
            "related": ["le-ky-niem-20-11-2026"],
        },
    ),
    Story(
        4,
        "doan-truong-phat-dong-ke-hoach-nho",
        "Đoàn trường phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        "tin-tuc",
        "2026-11-06",
        [
            P(
                "Sáng thứ Hai 02/11/2026, trong buổi chào cờ đầu tuần, Đoàn trường phối hợp với Liên "
                "đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon, chai nhựa năm học "
                "2026-2027."
            ),
            P(
                "Mỗi chi đội đăng ký chỉ tiêu tối thiểu 30 kg giấy vụn trong học kỳ I. Toàn bộ số "
                "tiền thu được sẽ dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh khó khăn "
                "trước Tết Nguyên đán."
            ),
            Img(
                rsrc("khn-1"),
                "Các chi đội mang giấy vụn đến điểm tập kết",
                "Các chi đội mang giấy vụn đến điểm tập kết",
                "it",
            ),
            P(
                "Chỉ sau một tuần phát động, các chi đội đã thu gom được hơn 800 kg giấy vụn; dẫn đầu "
                "là chi đội 7/3 với 74 kg."
            ),
            right("Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        opts={"date": "Đăng ngày 06/11/2026", "h": "h1", "name": "Kế hoạch nhỏ 2026"},
    ),
    Story(
        5,
        "tap-huan-phong-chong-duoi-nuoc",
        "Học sinh tham gia tập huấn phòng, chống đuối nước mùa mưa bão",
        "tin-tuc",
        "2026-10-30",
        [
            P(
                "Chiều 28/10/2026, Trường THCS Hòa Bình phối hợp với Trung tâm Văn hóa - Thể thao "
                "huyện tổ chức buổi tập huấn kỹ năng phòng, chống đuối nước cho gần 300 học sinh "
                "khối 6 và khối 7."
            ),
            P(
                "Các hướng dẫn viên đã giới thiệu những nguy cơ đuối nước thường gặp trong mùa mưa "
                "lũ ở miền Trung: lội qua suối, tắm sông, đi đò không mặc áo phao, chơi gần ao hồ, "
                "hố sâu."
            ),
            Img(
                rsrc("dn-1"),
                "Hướng dẫn học sinh cách mặc áo phao đúng cách",
                "Hướng dẫn học sinh cách mặc áo phao đúng cách",
                "it",
            ),
            P(
                "Học sinh được thực hành cách sử dụng áo phao, phao cứu sinh, cách cứu người bị đuối "
                "nước an toàn theo nguyên tắc “Ném - Đưa - Không xuống nước”."
            ),
            Img(rsrc("dn-2"), None, None, "none"),
            P(
                "Nhà trường đề nghị cha mẹ học sinh tăng cường quản lý con em, nhất là vào các ngày "
                "nghỉ, không để các em tự ý đi tắm sông, suối."
            ),
            plain("Tin, ảnh: Trần Văn Lực"),
        ],
        authors=["Trần Văn Lực"],
        photographers=["Trần Văn Lực"],
        opts={"date": "Đăng ngày 30/10/2026", "h": "div", "name": "Phòng chống đuối nước"},
    ),
    Story(
        6,
        "ket-qua-hoi-thi-tin-hoc-tre-cap-huyen-2026",
        "Kết quả Hội thi Tin học trẻ cấp huyện năm 2026",
        "tin-tuc",
        "2026-10-22",
        [
            P(
                "Hội thi Tin học trẻ cấp huyện năm 2026 diễn ra ngày 18/10/2026 tại Trường THCS "
                "Nguyễn Duy Hiệu với 96 thí sinh đến từ 16 trường THCS trong huyện, tranh tài ở bảng "
                "B (lập trình) và bảng D (sản phẩm sáng tạo)."
            ),
            P(
                "Đội tuyển Trường THCS Hòa Bình gồm 4 học sinh đã xuất sắc giành 3 giải cá nhân, "
                "cụ thể:"
            ),
            P("Em Lê Hoàng Phúc (lớp 9/2): Giải Nhất bảng B.", "li"),
            P("Em Nguyễn Thị Minh Thư (lớp 8/1): Giải Ba bảng B.", "li"),
            P("Nhóm em Phạm Gia Huy, Đỗ Khánh Linh (lớp 9/3): Giải Khuyến khích bảng D.", "li"),
            P(
                "Em Lê Hoàng Phúc được chọn tham gia Hội thi Tin học trẻ cấp tỉnh dự kiến tổ chức "
                "vào tháng 3/2027."
            ),
            plain("Theo Phòng GD&ĐT Thăng Bình"),
        ],
        source="Phòng GD&ĐT Thăng Bình",
        opts={"date": "Cập nhật: 22/10/2026", "h": "h1", "name": "Tin học trẻ 2026"},
    ),
    Story(
        7,
        "khai-giang-nam-hoc-2026-2027",
        "KHAI GIẢNG NĂM HỌC MỚI 2026 - 2027",
        "tin-tuc",
        "2026-09-05",
        [
            P(
                "Sáng 05/9/2026, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THCS Hòa "
                "Bình tưng bừng tổ chức Lễ khai giảng năm học mới 2026 - 2027.",
                "lead",
            ),
            P(
                "Năm học 2026 - 2027, trường có 18 lớp với 641 học sinh, trong đó 168 em học sinh lớp "
                "6 lần đầu bước vào ngôi trường mới. Đội ngũ gồm 42 cán bộ, giáo viên, nhân viên, "
                "100% đạt chuẩn và trên chuẩn về trình độ đào tạo."
            ),
            Img(
                rsrc("kg-1"),
                "Học sinh lớp 6 diễu hành chào mừng năm học mới",
                "Học sinh lớp 6 diễu hành chào mừng năm học mới",
                "it",
            ),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng đọc thư của Tổng Bí thư gửi ngành Giáo dục nhân dịp "
                "khai giảng và phát động thi đua với chủ đề “Kỷ cương - Sáng tạo - Chất lượng”."
            ),
            P("Những nhiệm vụ trọng tâm của năm học", "h3"),
            P("Tiếp tục thực hiện Chương trình GDPT 2018 ở tất cả các khối lớp.", "li"),
            P("Nâng cao chất lượng giáo dục mũi nhọn và giáo dục kỹ năng sống.", "li"),
            P("Đẩy mạnh chuyển đổi số, sử dụng học bạ số và sổ điểm điện tử.", "li"),
            P(
                "Hồi trống khai trường vang lên, mở đầu một năm học mới với nhiều kỳ vọng của thầy "
                "và trò nhà trường."
            ),
            Img(rsrc("kg-2"), "Hồi trống khai trường", "Hồi trống khai trường", "small"),
            right("BBT"),
        ],
        summary=(
            "Sáng 05/9/2026, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THCS Hòa "
            "Bình tưng bừng tổ chức Lễ khai giảng năm học mới 2026 - 2027."
        ),
        opts={
            "date": "05.09.2026",
            "h": "div",
            "name": "Khai giảng 2026-2027",
            "banner": True,
            "related": ["hoi-nghi-can-bo-vien-chuc-2026-2027"],
        },
    ),
    Story(
        8,
        "hoi-nghi-can-bo-vien-chuc-2026-2027",
        "Hội nghị cán bộ, viên chức và người lao động năm học 2026 - 2027",
        "tin-tuc",
        "2026-09-25",
        [
            P(
                "Chiều 23/9/2026, Trường THCS Hòa Bình tổ chức Hội nghị cán bộ, viên chức và người "
                "lao động năm học 2026 - 2027 với sự tham dự của 42/42 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học "
                "mới; báo cáo công khai tài chính và kết quả thực hiện quy chế dân chủ ở cơ sở."
            ),
            P(
                "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến về quy chế chi tiêu nội bộ, "
                "quy chế thi đua khen thưởng và các giải pháp nâng cao chất lượng giáo dục đại trà."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua nghị quyết với 100% đại biểu tán thành và tổ chức "
                "ký kết giao ước thi đua giữa các tổ chuyên môn."
            ),
            right("ThS. Lê Văn Tâm - Phó Hiệu trưởng"),
        ],
        authors=["Lê Văn Tâm"],
        opts={"date": "Đăng ngày 25/09/2026", "h": "h1", "name": "Hội nghị CBVC 2026"},
    ),
    Story(
        9,
        "lich-kiem-tra-giua-hoc-ky-i-2026-2027",
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-11-23",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027 các môn kiểm "
                "tra tập trung như sau:"
            ),
            P("Thứ Hai 30/11/2026: Ngữ văn khối 8, 9 (90 phút), buổi sáng.", "li"),
            P("Thứ Ba 01/12/2026: Toán khối 8, 9 (90 phút), buổi sáng.", "li"),
            P("Thứ Tư 02/12/2026: Tiếng Anh khối 6, 7, 8, 9 (60 phút), buổi chiều.", "li"),
            P("Thứ Năm 03/12/2026: Ngữ văn, Toán khối 6, 7 (90 phút), buổi chiều.", "li"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và "
                "đồ dùng học tập cần thiết; không mang điện thoại vào phòng kiểm tra."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo lịch đến học sinh và cha mẹ học sinh qua nhóm Zalo "
                "của lớp."
            ),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"date": "Đăng ngày 23/11/2026", "h": "div", "name": "Lịch kiểm tra giữa HKI"},
    ),
    Story(
        10,
        "thong-bao-nghi-hoc-tranh-bao-so-13",
        "Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
        "thong-bao",
        "2026-11-10",
        [
            P(
                "Thực hiện Công điện của UBND tỉnh Quảng Nam về việc ứng phó với bão số 13, nhà "
                "trường thông báo cho toàn thể học sinh nghỉ học ngày 11/11 và ngày 12/11/2026."
            ),
            P(
                "Học sinh ở nhà ôn tập theo hướng dẫn của giáo viên bộ môn trên hệ thống học tập "
                "trực tuyến; tuyệt đối không đi ra sông, suối, khu vực ngập lụt."
            ),
            Img(rsrc("bao-1"), None, None, "none"),
            P("Thời gian đi học trở lại nhà trường sẽ thông báo sau qua giáo viên chủ nhiệm."),
            plain("Nguồn: Báo Quảng Nam"),
            right("Ảnh: Internet"),
        ],
        source="Báo Quảng Nam",
        opts={"date": "Cập nhật: 10/11/2026", "h": "h1", "name": "Nghỉ học tránh bão"},
    ),
    Story(
        11,
        "tuyen-sinh-cau-lac-bo-nang-khieu",
        "Thông báo tuyển thành viên các câu lạc bộ năng khiếu năm học 2026 - 2027",
        "thong-bao",
        "2026-10-15",
        [
            P(
                "Nhằm phát triển năng khiếu và tạo sân chơi bổ ích cho học sinh, nhà trường thông báo "
                "tuyển thành viên các câu lạc bộ năm học 2026 - 2027."
            ),
            P("Câu lạc bộ Bóng đá mini: sinh hoạt chiều thứ Ba và thứ Sáu.", "br"),
            P("Câu lạc bộ Cờ vua: sinh hoạt chiều thứ Tư.", "br"),
            P("Câu lạc bộ Tiếng Anh: sinh hoạt sáng thứ Bảy.", "br"),
            P("Câu lạc bộ Nhiếp ảnh: sinh hoạt chiều thứ Năm.", "br"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 25/10/2026. Mỗi học sinh được "
                "đăng ký tối đa 2 câu lạc bộ."
            ),
            plain("Người viết: Phan Thị Mỹ Duyên"),
        ],
        authors=["Phan Thị Mỹ Duyên"],
        opts={"date": "15.10.2026", "h": "div", "name": "Tuyển thành viên CLB"},
    ),
    Story(
        12,
        "hop-phu-huynh-dau-nam-hoc",
        "Thông báo lịch họp cha mẹ học sinh đầu năm học 2026 - 2027",
        "thong-bao",
        "2026-09-12",
        [
            P(
                "Nhà trường trân trọng kính mời quý phụ huynh đến dự buổi họp cha mẹ học sinh đầu năm "
                "học 2026 - 2027 vào lúc 7 giờ 30 sáng Chủ nhật ngày 20/9/2026 tại các phòng học."
            ),
            Img(
                rsrc("hph-1"),
                "Sơ đồ phòng họp các lớp",
                "Sơ đồ phòng họp các lớp",
                "it",
            ),
            P("Nội dung buổi họp", "h3"),
            P("Thông qua kế hoạch giáo dục năm học 2026 - 2027 của nhà trường.", "li"),
            P("Bầu Ban đại diện cha mẹ học sinh lớp.", "li"),
            P("Trao đổi về nề nếp, học tập và an toàn giao thông của học sinh.", "li"),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
        ],
        opts={"date": "Đăng ngày 12/09/2026", "h": "h1", "name": "Họp CMHS đầu năm"},
    ),
]

BY_KEY = {(s.cat, s.slug): s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def post_path(story: Story) -> str:
    return f"{SITE}/{story.cat}/{story.slug}"


def sorted_posts(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.published_at, reverse=True)


GOLD = [
    gold_record(s, post_path(s), CATEGORIES[s.cat], alt_paths=(post_path(s) + "?authuser=0",))
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lien-he",
    f"{SITE}/tin-tuc",
    f"{SITE}/tin-tuc?page=2",
    f"{SITE}/thong-bao",
    f"{SITE}/thong-bao/thoi-khoa-bieu",
]


# --- printing -------------------------------------------------------------------------------

TILE_CLASSES = (
    "hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb "
    "pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"
)


def link(request: Request, target: str) -> str:
    """An internal href as the builder prints it: ``?authuser=0`` kept when the page has it."""
    if request.params.get("authuser") == "0":
        return target + ("&" if "?" in target else "?") + "authuser=0"
    return target


def para(inner: str, seed: str, align: str = "justify") -> str:
    return (
        f'<p id="h.p_{hid(seed, 12)}" class="zfr3Q CDt4Ke" dir="ltr" style="text-align: {align};">'
        f'<span class="C9DxTc">{inner}</span></p>'
    )


def text_tile(inner: str, seed: str) -> str:
    """A text box tile: eight levels of generated wrappers around the paragraphs."""
    h = hid(seed)
    return f"""<div class="oKdM2c ZZyype Kzv0Me"><div id="h.{h}" class="{TILE_CLASSES}"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me"><div id="h.{h}_l" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">
{inner}
</div></div></div></div></div></div></div></div>"""


def image_tile(src: str, seed: str) -> str:
    h = hid(seed)
    return f"""<div class="oKdM2c ZZyype"><div id="h.{h}" class="{TILE_CLASSES}"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsname="F57UId"><div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb"><div class="jXK9ad-SmKAyb"><div class="t3iYD"><div class="w536ob"><div class="WIdY2d M1aSXe"><div jsname="WXxXjd" style="width: 100%; padding-top: 66.6%;"><div class="YzcKX" style="position: absolute; inset: 0;"><img src="{src}" class="CENy8b" role="img" style="width: 100%; margin: 0%"></div></div></div></div></div></div></div></div></div></div></div></div>"""


def _p_html(b: P, seed: str) -> str:
    t = text(b.text)
    if b.style == "lead":
        return para(f'<span style="font-weight: 700;">{t}</span>', seed)
    if b.style == "b":
        return para(f'<span style="font-weight: 700;">{t}</span>', seed, "left")
    if b.style == "h3":
        return f'<h3 id="h.{hid(seed, 12)}" class="CDt4Ke zfr3Q OmQG5e" dir="ltr"><span class="C9DxTc">{t}</span></h3>'
    if b.style == "q":
        return (
            f'<p id="h.p_{hid(seed, 12)}" class="zfr3Q CDt4Ke" dir="ltr" style="margin-left: 36pt;">'
            f'<span class="C9DxTc" style="font-style: italic;">{t}</span></p>'
        )
    return para(t, seed)


def render_body(request: Request, story: Story) -> str:
    """The post's tiles: text boxes (date line first), image tiles, caption boxes, the byline."""
    tiles: list[str] = []
    current: list[str] = [
        f'<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc" style="color: #666666; font-size: 11pt;">'
        f"{esc(story.opts['date'])}</span></p>"
    ]
    n = 0

    def flush() -> None:
        nonlocal current, n
        if current:
            n += 1
            tiles.append(text_tile("\n".join(current), f"{story.slug}-t{n}"))
        current = []

    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        seed = f"{story.slug}-{i}"
        if isinstance(b, Raw):
            current.append(b.html)
        elif isinstance(b, Img):
            flush()
            tiles.append(image_tile(b.src, seed))
            if b.printed:
                inner = esc(b.printed) if b.style == "small" else f"<i>{esc(b.printed)}</i>"
                tiles.append(
                    text_tile(
                        f'<p class="zfr3Q CDt4Ke" dir="ltr" style="text-align: center;"><span class="C9DxTc" '
                        f'style="font-size: 10pt;">{inner}</span></p>',
                        seed + "-cap",
                    )
                )
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(
                    '<li class="zfr3Q TYR86d eD0Rn" dir="ltr" style="list-style-type: disc; margin-left: 0pt;">'
                    f'<p class="zfr3Q CDt4Ke" dir="ltr" role="presentation"><span class="C9DxTc">'
                    f"{text(blocks[i].text)}</span></p></li>"
                )
                i += 1
            current.append('<ul class="n8H08c UVNKR">' + "".join(items) + "</ul>")
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(text(blocks[i].text))
                i += 1
            current.append(para("<br>".join(lines), seed, "left"))
            continue
        else:
            current.append(_p_html(b, seed))
        i += 1
    flush()
    related = story.opts.get("related")
    if related:
        items = "".join(
            '<li class="zfr3Q TYR86d eD0Rn" dir="ltr" style="list-style-type: disc;">'
            f'<p class="zfr3Q CDt4Ke" dir="ltr" role="presentation"><span class="C9DxTc">'
            f'<a class="XqQF9c" href="{link(request, post_path(BY_SLUG[s]))}">{esc(BY_SLUG[s].title)}</a>'
            "</span></p></li>"
            for s in related
        )
        tiles.append(
            text_tile(
                '<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc" style="font-weight: 700;">'
                f'Tin liên quan</span></p><ul class="n8H08c UVNKR">{items}</ul>',
                story.slug + "-rel",
            )
        )
    return "\n".join(tiles)


def layout(request: Request, page_name: str, section: str, main: str, edited: str = "20/11/2026") -> str:
    """The builder's page: skip link, header with nav, the sections, the builder's footer bar."""
    base = base_url(request)
    nav_items = [
        ("trang-chu", SITE, "Trang chủ"),
        ("gioi-thieu", f"{SITE}/gioi-thieu", "Giới thiệu"),
        ("tin-tuc", f"{SITE}/tin-tuc", "Tin tức"),
        ("thong-bao", f"{SITE}/thong-bao", "Thông báo"),
        ("lien-he", f"{SITE}/lien-he", "Liên hệ"),
    ]
    lis = []
    for key, href, label in nav_items:
        cur = key == section
        cls = "PsKE7e qV4dIc Qrrb5 YSH9J" + (" lhZOrc" if cur else "")
        aria = ' aria-current="true"' if cur else ""
        sub = ""
        if key == "thong-bao":
            sub_aria = ' aria-current="true"' if page_name == "Thời khóa biểu" else ""
            sub = (
                '<div class="oGuwee eWDljc RPRy1e Mkt3Tc" role="group"><ul class="VcS63b"><li class="VsJjtf" jsname="ibnC6b">'
                f'<div class="PsKE7e Qrrb5"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="{link(request, SITE + "/thong-bao/thoi-khoa-bieu")}"'
                f'{sub_aria} data-level="2">Thời khóa biểu</a></div></li></ul></div>'
            )
        lis.append(
            f'<li jsname="ibnC6b" class="VsJjtf{" ZmrVpf" if cur else ""}" data-nav-level="1"><div class="{cls}">'
            f'<div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="{link(request, href)}"{aria} '
            f'data-level="1">{esc(label)}</a></div></div>{sub}</li>'
        )
    nav = "".join(lis)
    title = f"{SITE_NAME} - {page_name}" if page_name != "Trang chủ" else SITE_NAME
    return f"""<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="website"><meta property="og:url" content="{base}{esc(request.path)}"><meta property="og:image" content="{base}{rsrc("og", "w16383")}"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="shortcut icon" href="{base}{rsrc("favicon", "s16")}"><title>{esc(title)}</title>
<link rel="stylesheet" href="/_/view/static/css/site.css" nonce="k3jd9A2"><script nonce="k3jd9A2">window.WIZ_global_data = {{"Yllh3e":"%.@.1732512000000]","cfb2h":"sites_20261119.04_p0"}};</script></head>
<body class="tCHXDc YSH9J" jscontroller="pc62j" jsmodel="iTeaXe">
<div class="Xpil1b xgMJlf" jsname="AoSiAe"><a class="MIt3Ib" href="#h.{hid(request.path)}" jsname="XXyrJb">Skip to main content</a><a class="MIt3Ib" href="#" jsname="HIDDEN">Skip to navigation</a></div>
<div class="LqzjUe" jsname="B34EJ"></div>
<div jsname="W1VE5b" class="TxnWlb"><div jsname="YRMmle" class="AXOq2e"><div class="ZJ8Uwd" role="button" tabindex="0" aria-label="Chuyển đổi chế độ xem">Chuyển đổi chế độ xem</div></div></div>
<div class="zDUgLc"></div>
<div class="T4Wpxb"><div jsname="lLdU1b" class="BbxBP HP6J1d K5Zlne"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="{link(request, SITE)}"><img src="{rsrc("logo", "h64")}" class="lzy1Td" aria-label="Trang chủ của trang web" jsname="SwcDWb"><span class="QTKDff">{esc(SITE_NAME)}</span></a></div>
<nav class="plFg0c" jsname="ihoMLd" role="navigation" tabindex="-1" id="yuynLe"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte">{nav}</ul></nav>
<div jscontroller="gK4msf" class="RBEWZc" jsname="h04Zod"><div class="DXsoRd YTv4We oNsfjf" role="button" tabindex="0" aria-label="Mở tìm kiếm"></div><form class="iUsrGc" action="{SITE}/search" method="get"><input name="query" class="whsOnd zHQkBf" jsname="YPqjbf" aria-label="Tìm kiếm trang web này" placeholder="Tìm kiếm trang web này"><input type="hidden" name="scope" value="site"></form></div>
<div class="TbYJHc"><p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc" style="font-size: 9pt;">{esc(TODAY)}</span></p></div>
</div></div></div></div>
<div jsname="ZBtY8b" class="UtePc RCETm" role="main" id="h.{hid(request.path)}">
{main}
</div>
<div class="Xpil1b xgMJlf"></div>
<div jscontroller="X4BaPc" class="zOdSYb"><div class="ji9Ts"><section class="yaqOZd LB7kq"><div class="mYVXT"><div class="LS81yb VICjCf">
<p class="zfr3Q CDt4Ke" dir="ltr" style="text-align: center;"><span class="C9DxTc" style="font-weight: 700;">TRƯỜNG THCS HÒA BÌNH</span></p>
<p class="zfr3Q CDt4Ke" dir="ltr" style="text-align: center;"><span class="C9DxTc">Địa chỉ: thôn Hòa Bình, xã Bình Phục, huyện Thăng Bình, tỉnh Quảng Nam</span></p>
<p class="zfr3Q CDt4Ke" dir="ltr" style="text-align: center;"><span class="C9DxTc">Điện thoại: 0235 3874 162 - Email: thcshoabinh.tb@quangnam.edu.vn</span></p>
</div></div></section></div></div>
<div class="dZA9kd ynRLnc" data-last-updated-at-time="1764000000000" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" aria-haspopup="true" aria-label="Thông tin chi tiết về trang" tabindex="0"><span class="DPvwYc" aria-hidden="true">Thông tin chi tiết về trang</span></div>
<div class="JPdR6b hVNH5c" role="dialog" aria-hidden="true" jsname="xl07Ob"><div class="XvhY1d"><div class="JAPqpe K0NPx"><span class="z80M1 FeRvI" role="menuitem"><div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="uyYuVb oJeWuf"><div class="jO7h3c">Trang đã được cập nhật</div><div class="jO7h3c">Lần chỉnh sửa gần nhất: {edited}</div></div></span>
<a class="z80M1 FeRvI" role="menuitem" href="https://support.google.com/sites/contact/violation">Báo cáo lạm dụng</a></div></div></div></div>
<div class="TYR86d"><p class="qV4dIc">Google Sites</p><ul><li><a href="https://www.google.com/intl/vi/sites/about">Google Sites</a></li><li><a href="https://support.google.com/sites/contact/violation">Báo cáo lạm dụng</a></li><li><a href="https://policies.google.com/privacy">Chính sách quyền riêng tư</a></li></ul></div>
<script nonce="k3jd9A2" src="/_/view/static/js/k=sites.v.vi.js"></script>
</body></html>"""


def banner(request: Request, seed: str, heading: str) -> str:
    """The first section: a background image (layout) and the page heading."""
    return f"""<section id="h.{hid(seed + "-sec")}" class="yaqOZd cJgDec nyKByd O13XJf KEFykf" style=""><div class="Nu95r"><div class="IFuOkc" role="img" aria-label="" style="background-size: cover; background-position: center center; background-image: url({rsrc(seed + "-banner", "w16383")});" jsname="LQX2Vd"></div></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc L6cTce-purZT L6cTce-pSzOP"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc">
{heading}
</div></div></div></div></div></div></div></div></div></section>"""


def content_section(seed: str, tiles: str) -> str:
    return f"""<section id="h.{hid(seed + "-body")}" class="yaqOZd"><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc yYI8W HQwdzb"><div class="JNdkSc-SmKAyb LkDMRd">
{tiles}
</div></div></div></div></section>"""


def heading_html(story: Story) -> str:
    t = esc(story.title)
    if story.opts["h"] == "h1":
        return f'<h1 id="h.{hid(story.slug + "-h")}" class="duRjpb CDt4Ke" dir="ltr" style="text-align: left;"><span class="C9DxTc">{t}</span></h1>'
    return (
        f'<div id="h.{hid(story.slug + "-h")}" class="duRjpb CDt4Ke" role="heading" aria-level="1" dir="ltr">'
        f'<span class="C9DxTc" style="font-size: 22pt; font-weight: 700;">{t}</span></div>'
    )


def post_page(request: Request, story: Story) -> Response:
    edited = "24/11/2026"
    main = banner(request, story.slug, heading_html(story)) + content_section(
        story.slug, render_body(request, story)
    )
    return html(layout(request, story.opts["name"], story.cat, main, edited))


def first_sentence(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    cut = first.find(". ")
    return first if cut < 0 else first[: cut + 1]


def card_date(story: Story) -> str:
    y, m, d = (int(x) for x in story.published_at[:10].split("-"))
    return f"{d:02d}/{m:02d}/{y}"


def card(request: Request, story: Story) -> str:
    """A post card the editors keep by hand: thumbnail-less box with title, date, first sentence."""
    inner = (
        f'<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc" style="font-size: 13pt; font-weight: 700;">'
        f'<a class="XqQF9c" href="{link(request, post_path(story))}">{esc(story.title)}</a></span></p>'
        f'<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc" style="color: #666666; font-size: 10pt;">'
        f"{card_date(story)}</span></p>"
        f'<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">{esc(first_sentence(story))}</span></p>'
    )
    return text_tile(inner, "card-" + story.slug)


def list_page(request: Request, cat: str) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    posts = sorted_posts(cat)
    pages = -(-len(posts) // PER_PAGE)
    if not 1 <= page <= pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(card(request, s) for s in chunk)
    nav = []
    if page > 1:
        prev = f"{SITE}/{cat}" + (f"?page={page - 1}" if page > 2 else "")
        nav.append(f'<a class="XqQF9c" href="{link(request, prev)}">« Trở lại</a>')
    if page < pages:
        nav.append(f'<a class="XqQF9c" href="{link(request, f"{SITE}/{cat}?page={page + 1}")}">Xem thêm</a>')
    more = text_tile(para(" &nbsp; ".join(nav), f"{cat}-more-{page}", "center"), f"{cat}-more-{page}")
    name = CATEGORIES[cat]
    heading = (
        f'<h1 id="h.{hid(cat + "-h")}" class="duRjpb CDt4Ke" dir="ltr" style="text-align: center;">'
        f'<span class="C9DxTc">{esc(name.upper())}</span></h1>'
    )
    main = banner(request, cat, heading) + content_section(f"{cat}-{page}", cards + "\n" + more)
    return html(layout(request, name, cat, main))


def home(request: Request) -> Response:
    newest = [BY_SLUG["lich-kiem-tra-giua-hoc-ky-i-2026-2027"], BY_SLUG["le-ky-niem-20-11-2026"], BY_SLUG["hoi-thi-giao-vien-day-gioi-cap-truong"]]
    # the editor pasted these links while signed in: they carry authuser=0
    items = "".join(
        '<li class="zfr3Q TYR86d eD0Rn" dir="ltr" style="list-style-type: disc;">'
        f'<p class="zfr3Q CDt4Ke" dir="ltr" role="presentation"><span class="C9DxTc">'
        f'<a class="XqQF9c" href="{post_path(s)}?authuser=0">{esc(s.title)}</a> ({card_date(s)})</span></p></li>'
        for s in newest
    )
    welcome = text_tile(
        para(
            "Chào mừng quý phụ huynh và các em học sinh đến với trang thông tin của Trường THCS Hòa "
            "Bình. Trường được thành lập năm 1978, hiện có 18 lớp với 641 học sinh.",
            "home-1",
        )
        + '<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc" style="font-weight: 700;">Tin mới</span></p>'
        + f'<ul class="n8H08c UVNKR">{items}</ul>',
        "home-welcome",
    )
    buttons = text_tile(
        para(
            f'<a class="XqQF9c" href="{link(request, SITE + "/tin-tuc")}">Xem tất cả tin tức</a> &nbsp; '
            f'<a class="XqQF9c" href="{link(request, SITE + "/thong-bao")}">Xem tất cả thông báo</a>',
            "home-2",
            "center",
        ),
        "home-buttons",
    )
    heading = (
        f'<div class="duRjpb CDt4Ke" role="heading" aria-level="1" dir="ltr" style="text-align: center;">'
        f'<span class="C9DxTc" style="font-size: 28pt;">{esc(SITE_NAME.upper())}</span></div>'
        '<p class="zfr3Q CDt4Ke" dir="ltr" style="text-align: center;"><span class="C9DxTc">'
        "“Dạy tốt - Học tốt - Rèn luyện tốt”</span></p>"
    )
    main = banner(request, "home", heading) + content_section("home", welcome + buttons)
    return html(layout(request, "Trang chủ", "trang-chu", main))


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "GIỚI THIỆU",
        [
            "Trường THCS Hòa Bình được thành lập năm 1978, đóng trên địa bàn xã Bình Phục, huyện "
            "Thăng Bình, tỉnh Quảng Nam.",
            "Năm học 2026 - 2027, trường có 18 lớp với 641 học sinh; 42 cán bộ, giáo viên, nhân viên.",
            "Trường đạt chuẩn quốc gia mức độ 1 và đạt kiểm định chất lượng giáo dục cấp độ 2.",
            "Hiệu trưởng: thầy Nguyễn Văn Bình. Phó Hiệu trưởng: thầy Lê Văn Tâm.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        "LIÊN HỆ",
        [
            "Địa chỉ: thôn Hòa Bình, xã Bình Phục, huyện Thăng Bình, tỉnh Quảng Nam.",
            "Điện thoại: 0235 3874 162.",
            "Email: thcshoabinh.tb@quangnam.edu.vn",
            "Fanpage: facebook.com/thcshoabinh.thangbinh",
        ],
    ),
}


def static_page(request: Request, key: str) -> Response:
    name, head, lines = STATIC_PAGES[key]
    tiles = text_tile("\n".join(para(esc(t), f"{key}-{i}") for i, t in enumerate(lines)), key)
    if key == "lien-he":
        tiles += "\n" + text_tile(
            '<div class="WIdY2d M1aSXe"><iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin" '
            'frameborder="0" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3842.5!2d108.3!3d15.7" '
            'aria-label="Google Maps" allowfullscreen></iframe></div>',
            key + "-map",
        )
    heading = f'<h1 class="duRjpb CDt4Ke" dir="ltr"><span class="C9DxTc">{esc(head)}</span></h1>'
    main = banner(request, key, heading) + content_section(key, tiles)
    return html(layout(request, name, key, main))


def timetable(request: Request) -> Response:
    """The timetable: a subpage of Thông báo holding an embedded Google Sheet."""
    heading = '<div class="duRjpb CDt4Ke" role="heading" aria-level="1" dir="ltr"><span class="C9DxTc">THỜI KHÓA BIỂU HỌC KỲ I</span></div>'
    tiles = text_tile(
        para("Thời khóa biểu áp dụng từ ngày 16/11/2026. Phụ huynh và học sinh xem theo từng lớp.", "tkb-1"),
        "tkb",
    ) + text_tile(
        '<div class="WIdY2d M1aSXe"><div jsname="WXxXjd" style="width: 100%; padding-top: 120%;">'
        '<iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin allow-popups-to-escape-sandbox" '
        'frameborder="0" aria-label="Spreadsheet, Thời khóa biểu HKI 2026-2027" '
        'src="https://docs.google.com/spreadsheets/d/e/2PACX-1vThcsHoaBinhTkb2026/pubhtml?widget=true&amp;headers=false" '
        'allowfullscreen></iframe></div></div>',
        "tkb-sheet",
    )
    main = banner(request, "tkb", heading) + content_section("tkb", tiles)
    return html(layout(request, "Thời khóa biểu", "thong-bao", main))


def rsrc_file(path: str) -> Response | None:
    if path.startswith("/_/rsrc/"):
        return static_file(path + ".jpg")
    if path.startswith("/_/view/static/"):
        return static_file(path)
    return None


class GoogleSitesLikeSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/_/"):
            return rsrc_file(path)
        if path == "/":
            return redirect(SITE, 302)
        extra = {k for k in request.params if k not in ("authuser", "page")}
        if extra or request.params.get("authuser", "0") != "0":
            return None
        if path in (SITE, SITE + "/trang-chu") and "page" not in request.params:
            return home(request)
        rest = path[len(SITE) + 1 :] if path.startswith(SITE + "/") else ""
        parts = rest.split("/")
        if len(parts) == 1 and parts[0] in CATEGORIES:
            return list_page(request, parts[0])
        if "page" in request.params:
            return None
        if len(parts) == 1 and parts[0] in STATIC_PAGES:
            return static_page(request, parts[0])
        if parts == ["thong-bao", "thoi-khoa-bieu"]:
            return timetable(request)
        if len(parts) == 2 and tuple(parts) in BY_KEY:
            return post_page(request, BY_KEY[tuple(parts)])
        return None


def build_site() -> GoogleSitesLikeSite:
    return GoogleSitesLikeSite()
